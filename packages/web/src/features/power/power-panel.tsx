import type { Body } from '@horseshoe/engine';
import {
  formatRational,
  INDEX_LABELS,
  INDEX_NAMES,
  type IndexName,
  type PowerResult,
  REFORM_MODELS,
  type ReformModelId,
  rationalToNumber,
} from '@horseshoe/engine/power';
import { memo, useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ScrollRegion } from '../../ui/scroll-region.tsx';
import { NumberField } from '../whatif/number-field.tsx';
import { bodyGame, type ComparedBody, powerOf, quotaError, reformBody, seatPower } from './power-model.ts';

const MODEL_IDS = Object.keys(REFORM_MODELS) as ReformModelId[];
const SERIES_COLOURS = ['#1f4e9c', '#D55E00', '#009E73', '#CC79A7'];

/**
 * A-priori voting power in the decision's body, and the reform models side by side. Re-rendered only
 * when the body itself changes (a new date or custom body), not on every what-if.
 */
export const PowerPanel = memo(PowerPanelView, (a, b) => a.title === b.title && bodyKey(a.body) === bodyKey(b.body));

function bodyKey(body: Body): string {
  return `${body.members.join(',')}|${body.permanent.join(',')}|${body.threshold}`;
}

function PowerPanelView({ body, title }: { body: Body; title: string }) {
  const [index, setIndex] = useState<IndexName>('shapleyShubik');
  // A log scale by default: an elected seat's power (0.0019) beside a permanent one's (0.196) shows.
  const [log, setLog] = useState(true);
  const [errors, setErrors] = useState<Partial<Record<ReformModelId, string>>>({});
  const [quotas, setQuotas] = useState<Record<ReformModelId, number>>(
    () => Object.fromEntries(MODEL_IDS.map((id) => [id, REFORM_MODELS[id].quota])) as Record<ReformModelId, number>,
  );
  const here = useMemo(() => {
    const compared = bodyGame(body, title);
    return { compared, power: powerOf(compared) };
  }, [body, title]);
  const models = useMemo(
    () =>
      MODEL_IDS.map((id) => {
        const compared = reformBody(id, quotas[id]);
        return { compared, power: powerOf(compared) };
      }),
    [quotas],
  );
  return (
    <section className="panel power" aria-labelledby="power-title" data-testid="power-panel">
      <h2 id="power-title">Voting power</h2>
      <label>
        Index
        <select value={index} onChange={(e) => setIndex(e.target.value as IndexName)}>
          {INDEX_NAMES.map((n) => (
            <option key={n} value={n}>
              {INDEX_LABELS[n]}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={log} onChange={(e) => setLog(e.target.checked)} data-testid="power-log" />
        Logarithmic scale (so that small values show)
      </label>
      {here.power.ok ? (
        <MemberPower
          body={here.compared}
          power={here.power.result}
          index={index}
          permanent={body.permanent}
          log={log}
        />
      ) : (
        <p role="alert">{here.power.message}</p>
      )}
      <h3>Reform models side by side: power of one seat of each kind</h3>
      <div className="field-row">
        {MODEL_IDS.map((id) => (
          <NumberField
            key={id}
            label={`${REFORM_MODELS[id].title}: votes needed`}
            value={quotas[id]}
            min={1}
            allowEmpty
            error={errors[id] ?? null}
            onCommit={(q) => {
              const error = quotaError(id, q);
              setErrors((all) => ({ ...all, [id]: error ?? undefined }));
              if (error === null && q !== null) setQuotas((all) => ({ ...all, [id]: q }));
            }}
          />
        ))}
      </div>
      {Object.values(errors).some(Boolean) ? (
        <p className="muted" data-testid="power-stale">
          The comparison below still uses the last valid votes needed of each model.
        </p>
      ) : null}
      <ModelComparison bodies={[here, ...models]} index={index} log={log} />
      <ul className="muted model-sources">
        {MODEL_IDS.map((id) => (
          <li key={id}>{REFORM_MODELS[id].source}</li>
        ))}
      </ul>
    </section>
  );
}

function MemberPower({
  body,
  power,
  index,
  permanent,
  log,
}: {
  body: ComparedBody;
  power: PowerResult;
  index: IndexName;
  permanent: readonly string[];
  log: boolean;
}) {
  const values = power.indices[index];
  if (!values.available)
    return (
      <p>
        {INDEX_LABELS[index]} is not available here: {values.reason}
      </p>
    );
  const data = power.players.map((p, i) => {
    const v = values.values[i];
    return { player: p, value: v ? rationalToNumber(v) : 0, exact: v ? formatRational(v) : '' };
  });
  return (
    <figure className="power-members">
      <figcaption>
        <h3>
          {INDEX_LABELS[index]} in {body.title}
        </h3>
        <p className="muted">
          Exact, computed in the browser by the engine ({power.methodDetail}).{' '}
          {body.kinds.map((k) => `${k.label}: ${data[k.player]?.exact ?? '—'} each`).join('; ')}.
        </p>
      </figcaption>
      <ResponsiveContainer width="100%" height={data.length * 20 + 50}>
        <BarChart data={positive(data, log)} layout="vertical" margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="2 4" horizontal={false} />
          <YAxis type="category" dataKey="player" interval={0} width={44} />
          <XAxis
            type="number"
            {...valueAxis(
              log,
              data.map((d) => d.value),
            )}
          />
          <Tooltip
            formatter={(v, _n, item) => [`${Number(v).toFixed(5)} (${item.payload.exact})`, INDEX_LABELS[index]]}
          />
          <Bar dataKey="value" name={INDEX_LABELS[index]} isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.player} fill={permanent.includes(d.player) ? '#1d2433' : '#1f4e9c'} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

function ModelComparison({
  bodies,
  index,
  log,
}: {
  bodies: readonly { compared: ComparedBody; power: ReturnType<typeof powerOf> }[];
  index: IndexName;
  log: boolean;
}) {
  const labels = [...new Set(bodies.flatMap((b) => b.compared.kinds.map((k) => k.label)))];
  const series = bodies.map((b, i) => ({ key: `s${i}`, title: b.compared.title, body: b }));
  const data = labels.map((label) => {
    const row: Record<string, string | number | null> = { kind: label };
    for (const s of series) {
      row[s.key] = s.body.power.ok ? (seatPower(s.body.power.result, s.body.compared, index).get(label) ?? null) : null;
    }
    return row;
  });
  return (
    <figure className="power-models">
      <ResponsiveContainer width="100%" height={labels.length * series.length * 14 + 110}>
        <BarChart data={positive(data, log)} layout="vertical" margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="2 4" horizontal={false} />
          <YAxis type="category" dataKey="kind" interval={0} width={118} tick={CategoryTick} />
          <XAxis
            type="number"
            {...valueAxis(
              log,
              data.flatMap((row) => series.map((s) => row[s.key] as number | null)),
            )}
          />
          <Tooltip formatter={(v) => (v === null ? '—' : Number(v).toFixed(5))} />
          <Legend />
          {series.map((s, i) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.title}
              fill={SERIES_COLOURS[i % SERIES_COLOURS.length]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <ScrollRegion className="table-scroll" label={`${INDEX_LABELS[index]} of one seat of each kind`}>
        <table className="power-table">
          <caption className="visually-hidden">{INDEX_LABELS[index]} of one seat of each kind</caption>
          <thead>
            <tr>
              <th scope="col">Seat</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.map((row) => (
              <tr key={String(row.kind)}>
                <th scope="row">{row.kind}</th>
                {series.map((s) => (
                  <td key={s.key}>{row[s.key] === null ? '—' : Number(row[s.key]).toFixed(4)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </figure>
  );
}

/**
 * The value axis: logarithmic, from the power of ten below the smallest value to the one above the
 * largest (so the smallest bar still shows), or linear from 0.
 */
function valueAxis(log: boolean, values: readonly (number | null | undefined)[]) {
  const shown = values.filter((v): v is number => typeof v === 'number' && v > 0);
  if (!log || shown.length === 0) return { scale: 'linear', domain: [0, 'auto'], tickFormatter: tick } as const;
  const low = 10 ** Math.floor(Math.log10(Math.min(...shown)));
  const high = Math.min(1, 10 ** Math.ceil(Math.log10(Math.max(...shown))));
  return { scale: 'log', domain: [low, high], allowDataOverflow: true, tickFormatter: tick } as const;
}

function tick(v: number): string {
  return v >= 0.01 ? v.toFixed(2) : v.toPrecision(1);
}

/** On a log scale a zero cannot be drawn: it is left out of the chart (the table and caption keep it). */
function positive<T extends Record<string, unknown>>(rows: readonly T[], log: boolean): T[] {
  if (!log) return [...rows];
  return rows.map(
    (r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' && v <= 0 ? null : v])) as T,
  );
}

/** A category label drawn as it is, in two lines when long (recharts' own tick dropped the first label). */
function CategoryTick({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) {
  const words = String(payload?.value ?? '').split(' ');
  const half = Math.ceil(words.length / 2);
  const lines = words.length > 2 ? [words.slice(0, half).join(' '), words.slice(half).join(' ')] : [words.join(' ')];
  return (
    <text x={Number(x) - 4} y={Number(y)} textAnchor="end" fontSize={11} fill="currentColor">
      {lines.map((line, i) => (
        <tspan key={line} x={Number(x) - 4} dy={i === 0 ? (lines.length - 1) * -6 + 4 : 12}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
