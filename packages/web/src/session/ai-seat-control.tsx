import { DEFAULT_STRATEGY, type SessionState, STRATEGY_NAMES, type StrategyName } from '@horseshoe/engine/session';
import { useId, useState } from 'react';
import { CommandButton } from './controls.tsx';
import type { SessionClient } from './session-client.ts';

const STRATEGY_WORDS: Record<StrategyName, string> = {
  'hard-liner': 'hard-liner (never concedes)',
  boulware: 'Boulware (concedes late)',
  conceder: 'Conceder (concedes early)',
  'tit-for-tat': 'tit-for-tat (answers in kind)',
};

/**
 * The chair's control of one seat's AI delegation: hand an empty seat to an AI delegation playing a
 * strategy, or take it back. The engine refuses a seat a person has acted for, and says why.
 */
export function AiSeatControl({ client, state, seat }: { client: SessionClient; state: SessionState; seat: string }) {
  const id = useId();
  const [strategy, setStrategy] = useState<StrategyName>(DEFAULT_STRATEGY);
  const held = state.ai.find((a) => a.member === seat);
  if (held) {
    return (
      <CommandButton
        client={client}
        state={state}
        actor="chair"
        label={`Take ${seat} back from its AI delegation (${held.strategy})`}
        testId="release-ai"
        body={{ type: 'release-ai', seat }}
      />
    );
  }
  return (
    <span className="ai-control">
      <label htmlFor={id}>AI strategy for {seat}</label>
      <select id={id} value={strategy} onChange={(e) => setStrategy(e.target.value as StrategyName)}>
        {STRATEGY_NAMES.map((s) => (
          <option key={s} value={s}>
            {STRATEGY_WORDS[s]}
          </option>
        ))}
      </select>
      <CommandButton
        client={client}
        state={state}
        actor="chair"
        label={`Hand ${seat} to an AI delegation`}
        testId="assign-ai"
        body={{ type: 'assign-ai', seat, strategy }}
      />
    </span>
  );
}
