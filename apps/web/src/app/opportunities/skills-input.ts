import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import {
  type AbstractControl,
  type FormControl,
  ReactiveFormsModule,
  type ValidationErrors,
  type ValidatorFn,
} from '@angular/forms';
import { MatChipsModule, type MatChipInputEvent } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { normalizeSkills, OPPORTUNITY_LIMITS } from '@bridge/domain';
import { Icon } from '../ui/icon';

/** At most `max` skills; the chips input stops taking more, this catches a list set from outside. */
export function maxSkills(max: number = OPPORTUNITY_LIMITS.maxSkills): ValidatorFn {
  return (control: AbstractControl<string[]>): ValidationErrors | null =>
    control.value.length > max ? { maxSkills: max } : null;
}

/** Skills as chips: typed, then Enter or a comma; the same skill in another case is kept once. */
@Component({
  selector: 'bridge-skills-input',
  imports: [ReactiveFormsModule, MatChipsModule, MatFormFieldModule, Icon],
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

  protected add(event: MatChipInputEvent): void {
    const control = this.control();
    const typed = event.value.trim();
    if (!typed || control.value.length >= this.maxCount) return;
    control.setValue(normalizeSkills([...control.value, typed]));
    control.markAsDirty();
    event.chipInput.clear();
  }

  protected remove(skill: string): void {
    const control = this.control();
    control.setValue(control.value.filter((candidate) => candidate !== skill));
    control.markAsDirty();
  }
}
