import { ChangeDetectionStrategy, Component, inject, viewChild } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { FocusInvalid } from './focus-invalid';

@Component({
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, FocusInvalid],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate bridgeFocusInvalid>
      <mat-form-field>
        <mat-label>Name</mat-label>
        <input matInput formControlName="name" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>Team</mat-label>
        <mat-select formControlName="team">
          <mat-option value="a">A</mat-option>
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>Goals</mat-label>
        <textarea matInput formControlName="goals"></textarea>
      </mat-form-field>
      <button type="submit">Send</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class HostForm {
  readonly form = inject(NonNullableFormBuilder).group({
    name: ['', Validators.required],
    team: ['', Validators.required],
    goals: [''],
  });
  readonly focusInvalid = viewChild.required(FocusInvalid);
  submitted = 0;

  submit(): void {
    this.form.markAllAsTouched();
    if (this.form.valid) this.submitted++;
  }
}

describe('FocusInvalid', () => {
  let fixture: ComponentFixture<HostForm>;
  let element: HTMLElement;

  beforeEach(async () => {
    fixture = TestBed.createComponent(HostForm);
    element = fixture.nativeElement;
    document.body.appendChild(element);
    await fixture.whenStable();
  });

  afterEach(() => element.remove());

  const field = (name: string) => element.querySelector<HTMLElement>(`[formcontrolname="${name}"]`);

  function type(name: string, value: string): void {
    const input = field(name) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    element.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
  }

  it('moves focus to the first field a refused submit is about', async () => {
    await submit();

    expect(document.activeElement).toBe(field('name'));
  });

  it('skips fields that are fine, to a select as well as to a text field', async () => {
    type('name', 'Ana');
    await submit();

    expect(document.activeElement).toBe(field('team'));
  });

  it('moves focus to a field the API refused, once the form says so', async () => {
    const { form, focusInvalid } = fixture.componentInstance;
    form.setValue({ name: 'Ana', team: 'a', goals: 'Lead' });
    field('name')?.focus();
    form.controls.goals.setErrors({ api: 'Goals are too vague.' });
    focusInvalid().focusFirstInvalid();
    await fixture.whenStable();

    expect(document.activeElement).toBe(field('goals'));
  });

  it('leaves focus alone when the form is valid', async () => {
    const { form } = fixture.componentInstance;
    form.setValue({ name: 'Ana', team: 'a', goals: '' });
    const button = element.querySelector<HTMLButtonElement>('button[type="submit"]');
    button?.focus();
    await submit();

    expect(fixture.componentInstance.submitted).toBe(1);
    expect(document.activeElement).toBe(button);
  });
});
