import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FitReasons, fitBars, fitPercent } from './fit-reasons';
import type { FitReasonPartsFragment } from './matching.generated';

const reasons: FitReasonPartsFragment[] = [
  {
    factor: 'DEVELOPMENT',
    label: 'Development fit',
    weight: 0.35,
    value: 0.5,
    contribution: 0.175,
    explanation: 'Exercises 2 of the 6 capabilities your target transition needs.',
  },
  {
    factor: 'SKILL',
    label: 'Skill fit',
    weight: 0.25,
    value: 1,
    contribution: 0.25,
    explanation: 'You have 2 of its 2 skills.',
  },
  {
    factor: 'INTEREST',
    label: 'Stated interest',
    weight: 0.1,
    value: 0,
    contribution: 0,
    explanation: 'You have not applied to it or saved it.',
  },
];

describe('fit reasons', () => {
  it('draws each factor as long as its weight allows and filled by its value, with its points', () => {
    const bars = fitBars(reasons);
    expect(bars.map(({ label, points, track, fill }) => ({ label, points, track, fill }))).toEqual([
      { label: 'Development fit', points: 18, track: 100, fill: 50 },
      { label: 'Skill fit', points: 25, track: (0.25 / 0.35) * 100, fill: 100 },
      { label: 'Stated interest', points: 0, track: (0.1 / 0.35) * 100, fill: 0 },
    ]);
    expect(bars[0].spoken).toBe('18 points: 50% of its weight 0.35.');
    expect(fitBars([])).toEqual([]);
    expect(fitBars([{ ...reasons[0], weight: 0 }])[0].track).toBe(0);
  });

  it('reads a score as a whole percentage, within 0 to 100', () => {
    expect(fitPercent(0.724)).toBe(72);
    expect(fitPercent(1.2)).toBe(100);
    expect(fitPercent(-0.1)).toBe(0);
  });

  @Component({
    imports: [FitReasons],
    changeDetection: ChangeDetectionStrategy.OnPush,
    template: `<bridge-fit-reasons [reasons]="reasons" [explained]="explained()" caption="Why Alex fits" />`,
  })
  class Host {
    readonly reasons = reasons;
    readonly explained = signal(false);
  }

  it('labels every bar in words, and adds the explanations only when asked', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const list = element.querySelector('ul');
    expect(list?.getAttribute('aria-label')).toBe('Why Alex fits');
    const rows = Array.from(element.querySelectorAll('li'));
    expect(rows.map((row) => row.querySelector('.label')?.textContent)).toEqual([
      'Development fit',
      'Skill fit',
      'Stated interest',
    ]);
    expect(rows[1].querySelector('.visually-hidden')?.textContent).toBe(
      '25 points: 100% of its weight 0.25.',
    );
    expect(rows[0].querySelector<HTMLElement>('.fill')?.style.width).toBe('50%');
    expect(rows[0].querySelector('.bar')?.getAttribute('aria-hidden')).toBe('true');
    expect(element.querySelector('.explanation')).toBeNull();

    fixture.componentInstance.explained.set(true);
    await fixture.whenStable();
    expect(element.querySelector('.explanation')?.textContent).toBe(
      'Exercises 2 of the 6 capabilities your target transition needs.',
    );
  });
});
