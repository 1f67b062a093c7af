import { describe, expect, it } from 'vitest';
import { formatPowerGameFileError, parsePowerGameFile } from './power-game.ts';

describe('power game files', () => {
  it('reads a compound rule with a share quota', () => {
    const r = parsePowerGameFile(
      '{"players": ["a", "b"], "rule": {"all": [{"quota": "50%", "weights": [3, 1]}, {"quota": 1, "weights": [1, 1]}]}}',
      'g.json',
    );
    expect(r.ok && r.game.rule).toEqual({
      all: [
        { quota: '50%', weights: [3, 1] },
        { quota: 1, weights: [1, 1] },
      ],
    });
  });

  it('reads the same game written as YAML', () => {
    const r = parsePowerGameFile('players: [a, b]\nrule:\n  quota: 2\n  weights: [1, 1]\n', 'g.yaml');
    expect(r.ok && r.game.players).toEqual(['a', 'b']);
  });

  it('locates an error in a nested rule by file, line, column and field', () => {
    const text = '{\n  "players": ["a"],\n  "rule": {"any": [\n    {"quota": 1, "weights": [-1]}\n  ]}\n}\n';
    const r = parsePowerGameFile(text, 'g.json');
    expect(r.ok ? [] : r.errors.map(formatPowerGameFileError)).toEqual([
      'g.json:4:30: rule.any[0].weights[0]: Too small: expected number to be >=0',
    ]);
  });

  it('rejects an unknown field rather than ignoring it', () => {
    const r = parsePowerGameFile('{"players": ["a"], "rule": {"quota": 1, "weights": [1], "qouta": 2}}', 'g.json');
    expect(r.ok).toBe(false);
  });
});
