import {
  capabilityByKey,
  DEFAULT_LEADERSHIP_FRAMEWORK,
  IndicatorKind,
  TransitionKey,
  WarningPattern,
} from './leadership-framework';

const framework = DEFAULT_LEADERSHIP_FRAMEWORK;
const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const allIndicators = framework.capabilities.flatMap((capability) =>
  capability.indicators.map((indicator) => ({ capability, indicator })),
);

function duplicates(values: string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

describe('default leadership framework', () => {
  it('is version 1 with the four pipeline transitions in order', () => {
    expect(framework.version).toBe(1);
    expect(framework.transitions.map((t) => t.key)).toEqual([
      TransitionKey.T1,
      TransitionKey.T2,
      TransitionKey.T3,
      TransitionKey.T4,
    ]);
  });

  it('only refers to capabilities that exist, 4–7 per transition, without repeats', () => {
    const capabilityKeys = new Set(framework.capabilities.map((c) => c.key));
    for (const transition of framework.transitions) {
      const missing = transition.capabilityKeys.filter((key) => !capabilityKeys.has(key));
      expect({ transition: transition.key, missing }).toEqual({ transition: transition.key, missing: [] });
      expect(duplicates(transition.capabilityKeys)).toEqual([]);
      expect(transition.capabilityKeys.length).toBeGreaterThanOrEqual(4);
      expect(transition.capabilityKeys.length).toBeLessThanOrEqual(7);
      expect(transition.name.trim()).not.toBe('');
      expect(transition.from.trim()).not.toBe('');
      expect(transition.to.trim()).not.toBe('');
      expect(transition.description.trim()).not.toBe('');
    }
  });

  it('has unique kebab-case capability keys, each with a name and description', () => {
    const keys = framework.capabilities.map((c) => c.key);
    expect(duplicates(keys)).toEqual([]);
    for (const capability of framework.capabilities) {
      expect(capability.key).toMatch(KEBAB_CASE);
      expect(capability.name.trim()).not.toBe('');
      expect(capability.description.trim()).not.toBe('');
    }
  });

  it('has unique kebab-case indicator keys prefixed by their capability key', () => {
    expect(duplicates(allIndicators.map(({ indicator }) => indicator.key))).toEqual([]);
    for (const { capability, indicator } of allIndicators) {
      expect(indicator.key).toMatch(KEBAB_CASE);
      expect(indicator.key.startsWith(`${capability.key}-`)).toBe(true);
      expect(indicator.text.trim()).not.toBe('');
    }
  });

  it('gives every capability at least 3 positive indicators', () => {
    for (const capability of framework.capabilities) {
      const positives = capability.indicators.filter((i) => i.kind === IndicatorKind.POSITIVE);
      expect({ capability: capability.key, enough: positives.length >= 3 }).toEqual({
        capability: capability.key,
        enough: true,
      });
    }
  });

  it('tags warning signs with a pattern and positive indicators with none', () => {
    for (const { indicator } of allIndicators) {
      if (indicator.kind === IndicatorKind.POSITIVE) expect(indicator.warningPattern).toBeNull();
      else {
        expect(indicator.kind).toBe(IndicatorKind.WARNING_SIGN);
        expect(Object.values(WarningPattern)).toContain(indicator.warningPattern);
      }
    }
  });

  it.each(['delegation', 'coaching'])('gives %s both micromanagement and abdication warning signs', (key) => {
    const patterns = capabilityByKey(framework, key)
      ?.indicators.filter((i) => i.kind === IndicatorKind.WARNING_SIGN)
      .map((i) => i.warningPattern);
    expect(patterns).toEqual(
      expect.arrayContaining([WarningPattern.MICROMANAGEMENT, WarningPattern.ABDICATION]),
    );
  });

  it('has T1 emphasise delegation and coaching', () => {
    const t1 = framework.transitions.find((t) => t.key === TransitionKey.T1);
    expect(t1?.capabilityKeys).toEqual(expect.arrayContaining(['delegation', 'coaching']));
  });

  it('rates on exactly 1–4 with the four anchor labels in order', () => {
    expect(framework.scale.map((a) => [a.rating, a.label])).toEqual([
      [1, 'Not yet'],
      [2, 'Emerging'],
      [3, 'Demonstrating'],
      [4, 'Role model'],
    ]);
    for (const anchor of framework.scale) expect(anchor.description.trim()).not.toBe('');
  });
});

describe('capabilityByKey', () => {
  it('finds a capability by key', () => {
    expect(capabilityByKey(framework, 'delegation')?.name).toBe('Delegation');
  });

  it('misses unknown keys', () => {
    expect(capabilityByKey(framework, 'telepathy')).toBeUndefined();
    expect(capabilityByKey({ ...framework, capabilities: [] }, 'delegation')).toBeUndefined();
  });
});
