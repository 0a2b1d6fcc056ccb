import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../testing/settle';
import { SUGGESTION_COUNT, SUGGESTION_DEBOUNCE_MS } from './skill-suggestions';
import { maxSkills, SkillsInput } from './skills-input';

@Component({
  imports: [SkillsInput],
  template: '<bridge-skills-input [control]="skills" label="Skills" />',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly skills = new FormControl<string[]>([], { nonNullable: true, validators: maxSkills() });
}

describe('SkillsInput', () => {
  let fixture: ComponentFixture<Host>;
  let controller: ApolloTestingController;
  let skills: FormControl<string[]>;
  let input: HTMLInputElement;

  beforeEach(async () => {
    await TestBed.configureTestingModule({ imports: [Host, ApolloTestingModule] }).compileComponents();
    fixture = TestBed.createComponent(Host);
    controller = TestBed.inject(ApolloTestingController);
    skills = fixture.componentInstance.skills;
    await fixture.whenStable();
    const found = fixture.nativeElement.querySelector('input.skill-input');
    if (!found) throw new Error('no skill input');
    input = found;
  });

  afterEach(() => controller.verify());

  async function type(text: string): Promise<void> {
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, SUGGESTION_DEBOUNCE_MS + 10));
  }

  async function suggest(search: string, suggestions: string[]): Promise<void> {
    const operation = controller.expectOne('SkillSuggestions');
    expect(operation.operation.variables).toEqual({ search, first: SUGGESTION_COUNT });
    operation.flushData({ skillSuggestions: suggestions });
    await settle(fixture);
    // The panel shows itself a tick after its options change.
    await settle(fixture);
  }

  const options = (): HTMLElement[] => Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
  const chips = (): string[] =>
    Array.from(fixture.nativeElement.querySelectorAll('mat-chip-row')).map(
      (chip) => (chip as HTMLElement).textContent?.trim() ?? '',
    );

  function keydown(key: string, keyCode: number): void {
    input.dispatchEvent(new KeyboardEvent('keydown', { key, keyCode, bubbles: true } as KeyboardEventInit));
  }

  it('suggests the skills in use once typing pauses, and adds the one picked', async () => {
    for (const text of ['k', 'ku']) {
      input.focus();
      input.value = text;
      input.dispatchEvent(new Event('input'));
    }
    await type(' kub ');
    await suggest('kub', ['Kubernetes', 'Kubernetes security']);

    expect(options().map((option) => option.textContent?.trim())).toEqual([
      'Kubernetes',
      'Kubernetes security',
    ]);
    const mousedown = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    options()[0].dispatchEvent(mousedown);
    // The input keeps the focus, so its blur cannot add the half-typed "kub" as a skill.
    expect(mousedown.defaultPrevented).toBe(true);
    options()[0].click();
    await settle(fixture);

    expect(skills.value).toEqual(['Kubernetes']);
    expect(skills.dirty).toBe(true);
    expect(input.value).toBe('');
    expect(chips()).toEqual(['Kubernetes']);
  });

  it('does not suggest a skill already chosen, in any case', async () => {
    skills.setValue(['kubernetes']);
    await type('kub');
    await suggest('kub', ['Kubernetes', 'Kubernetes security']);

    expect(options().map((option) => option.textContent?.trim())).toEqual(['Kubernetes security']);
  });

  it('still takes a new skill typed in full, with Enter or on leaving the field', async () => {
    await type('Quantum annealing');
    await suggest('Quantum annealing', []);
    keydown('Enter', 13);
    await settle(fixture);
    expect(skills.value).toEqual(['Quantum annealing']);
    expect(input.value).toBe('');

    await type('Origami');
    await suggest('Origami', ['Origami for teams']);
    input.dispatchEvent(new FocusEvent('blur'));
    await settle(fixture);
    expect(skills.value).toEqual(['Quantum annealing', 'Origami']);
  });

  it('picks the highlighted suggestion with Enter rather than the text typed so far', async () => {
    await type('fac');
    await suggest('fac', ['Facilitation', 'Face-to-face sales']);
    keydown('ArrowDown', 40);
    await settle(fixture);
    keydown('Enter', 13);
    await settle(fixture);

    expect(skills.value).toEqual(['Facilitation']);
  });

  it('asks nothing for blank text, and suggests nothing when the request fails', async () => {
    await type('   ');
    controller.expectNone('SkillSuggestions');

    await type('sql');
    controller.expectOne('SkillSuggestions').networkError(new Error('offline'));
    await settle(fixture);
    expect(options()).toEqual([]);
    keydown('Enter', 13);
    await settle(fixture);
    expect(skills.value).toEqual(['sql']);
  });
});
