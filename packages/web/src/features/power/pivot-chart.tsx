import { type DecisionEvaluation, decisionRule, predictDecisionVotes } from '@horseshoe/engine';
import { pivotProbabilities } from '@horseshoe/engine/power';
import { memo, type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { percent } from '../chamber/views.ts';

/**
 * Power in context: each member's probability of being pivotal on this decision given the predicted
 * votes (the engine's `pivotProbabilities`), beside its a-priori probability.
 */
export const PivotChart = memo(PivotChartView);

function PivotChartView({ evaluation }: { evaluation: DecisionEvaluation }) {
  const pivots = useMemo(() => {
    const { decision } = evaluation;
    return pivotProbabilities(
      predictDecisionVotes(decision, new Set(evaluation.text)),
      decision.body.members,
      decisionRule(decision),
    );
  }, [evaluation]);
  const data = pivots.members.map((m) => ({ member: m.member, inContext: m.pivotal, aPriori: m.aPriori }));
  const decisive = data.filter((d) => d.inContext > 0);
  // The bars are redrawn only while the chart is on screen (or near it): recharts takes tens of
  // milliseconds per redraw, and a what-if far above the chart should not wait for it. The caption
  // below always says the current numbers.
  const section = useRef<HTMLElement>(null);
  const visible = useNearScreen(section);
  const drawn = useRef(data);
  if (visible) drawn.current = data;
  return (
    <section ref={section} className="panel power-context" aria-labelledby="context-title" data-testid="power-context">
      <h2 id="context-title">Power in context on “{evaluation.decision.id}”</h2>
      <figure>
        <figcaption>
          <p className="muted">
            Probability that each member's vote alone decides this text, given how the others are predicted to vote,
            beside the same probability a priori (everyone else yes or no at even odds).{' '}
            {decisive.length === 0
              ? 'No member is pivotal: the outcome does not depend on any single vote.'
              : `Pivotal with some probability: ${decisive.map((d) => `${d.member} ${percent(d.inContext)}`).join(', ')}.`}
          </p>
        </figcaption>
        <PivotBars data={drawn.current} />
      </figure>
    </section>
  );
}

type PivotRow = { readonly member: string; readonly inContext: number; readonly aPriori: number };

const PivotBars = memo(function PivotBars({ data }: { data: readonly PivotRow[] }) {
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart data={[...data]} margin={{ top: 8, right: 12, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="2 4" vertical={false} />
        <XAxis dataKey="member" interval={0} angle={-45} textAnchor="end" height={48} />
        <YAxis domain={[0, 1]} tickFormatter={(v: number) => percent(v)} />
        <Tooltip formatter={(v) => percent(Number(v))} />
        <Legend verticalAlign="top" />
        <Bar dataKey="inContext" name="In context" fill="#D55E00" isAnimationActive={false} />
        <Bar dataKey="aPriori" name="A priori" fill="#1f4e9c" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
});

/** True while the element is on screen or within 300 px of it (true where IntersectionObserver is missing). */
function useNearScreen(ref: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), {
      rootMargin: '300px',
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return near;
}
