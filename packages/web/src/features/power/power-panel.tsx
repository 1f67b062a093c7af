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
import { bodyGame, type ComparedBody, powerOf, reformBody, seatPower } from './power-model.ts';

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
      {here.power.ok ? (
        <MemberPower body={here.compared} power={here.power.result} index={index} permanent={body.permanent} />
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
            onCommit={(q) => {
              if (q !== null && Number.isInteger(q) && q > 0) setQuotas((all) => ({ ...all, [id]: q }));
            }}
          />
        ))}
      </div>
      <ModelComparison bodies={[here, ...models]} index={index} />
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
}: {
  body: ComparedBody;
  power: PowerResult;
  index: IndexName;
  permanent: readonly string[];
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
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="2 4" vertical={false} />
          <XAxis dataKey="player" interval={0} angle={-45} textAnchor="end" height={48} />
          <YAxis tickFormatter={(v: number) => v.toFixed(3)} />
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
}: {
  bodies: readonly { compared: ComparedBody; power: ReturnType<typeof powerOf> }[];
  index: IndexName;
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
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="2 4" vertical={false} />
          <XAxis dataKey="kind" />
          <YAxis tickFormatter={(v: number) => v.toFixed(3)} />
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
