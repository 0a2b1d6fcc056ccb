import { COMMA, ENTER } from '@angular/cdk/keycodes';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  type FormControl,
  ReactiveFormsModule,
  type ValidationErrors,
  type ValidatorFn,
} from '@angular/forms';
import {
  MatAutocompleteModule,
  type MatAutocompleteSelectedEvent,
  MatAutocompleteTrigger,
} from '@angular/material/autocomplete';
import { MatChipsModule, type MatChipInputEvent } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { normalizeSkills, OPPORTUNITY_LIMITS } from '@bridge/domain';
import { startWith, Subject, switchMap } from 'rxjs';
import { Icon } from '../ui/icon';
import { SkillSuggestions } from './skill-suggestions';

/** At most `max` skills; the chips input stops taking more, this catches a list set from outside. */
export function maxSkills(max: number = OPPORTUNITY_LIMITS.maxSkills): ValidatorFn {
  return (control: AbstractControl<string[]>): ValidationErrors | null =>
    control.value.length > max ? { maxSkills: max } : null;
}

/**
 * Skills as chips: typed, then Enter or a comma, or picked from the skills the organization already
 * uses as they are suggested; the same skill in another case is kept once.
 */
@Component({
  selector: 'bridge-skills-input',
  imports: [ReactiveFormsModule, MatChipsModule, MatAutocompleteModule, MatFormFieldModule, Icon],
  templateUrl: './skills-input.html',
  styleUrl: './skills-input.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SkillsInput {
  readonly control = input.required<FormControl<string[]>>();
  readonly label = input('Skills');
  readonly placeholder = input('Type a skill, then Enter');
  readonly hint = input<string | null>(null);

  protected readonly separators = [ENTER, COMMA];
  protected readonly maxCount = OPPORTUNITY_LIMITS.maxSkills;
  protected readonly maxLength = OPPORTUNITY_LIMITS.maxSkillLength;

  private readonly textInput = viewChild.required<ElementRef<HTMLInputElement>>('skillInput');
  private readonly autocompleteTrigger = viewChild.required(MatAutocompleteTrigger);

  private readonly typed = new Subject<string>();
  private readonly suggestions = toSignal(inject(SkillSuggestions).for(this.typed), { initialValue: [] });
  private readonly chosen = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) => control.valueChanges.pipe(startWith(control.value))),
    ),
    { initialValue: [] },
  );
  /** Suggestions not yet chosen; none once the list is full. */
  protected readonly options = computed(() => {
    const chosen = this.chosen();
    if (chosen.length >= this.maxCount) return [];
    const taken = new Set(chosen.map((skill) => skill.toLowerCase()));
    return this.suggestions().filter((skill) => !taken.has(skill.toLowerCase()));
  });

  protected onInput(text: string): void {
    this.typed.next(text);
  }

  protected add(event: MatChipInputEvent): void {
    // The chips input hears Enter too: on a highlighted suggestion, that suggestion is picked (see pick), not the text typed so far.
    const trigger = this.autocompleteTrigger();
    if (trigger.panelOpen && trigger.activeOption) return;
    if (this.addSkill(event.value)) event.chipInput.clear();
  }

  protected pick(event: MatAutocompleteSelectedEvent): void {
    this.addSkill(String(event.option.value));
    this.textInput().nativeElement.value = '';
    this.typed.next('');
  }

  protected remove(skill: string): void {
    const control = this.control();
    control.setValue(control.value.filter((candidate) => candidate !== skill));
    control.markAsDirty();
  }

  private addSkill(text: string): boolean {
    const control = this.control();
    const skill = text.trim();
    if (!skill || control.value.length >= this.maxCount) return false;
    control.setValue(normalizeSkills([...control.value, skill]));
    control.markAsDirty();
    return true;
  }
}
