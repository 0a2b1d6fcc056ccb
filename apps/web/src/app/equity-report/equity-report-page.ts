import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import {
  EQUITY_DIMENSION_LABELS,
  EQUITY_DIMENSIONS,
  EQUITY_SUPPRESSION_THRESHOLD,
  EquityDimension as DomainDimension,
  equityPeriod,
  FOUR_FIFTHS,
} from '@bridge/domain';
import { Apollo } from 'apollo-angular';
import { switchMap } from 'rxjs';
import { describeError, fieldErrorMessage } from '../core/api-errors';
import type { EquityDimension, EquityReportFilterInput, OpportunityKind } from '../graphql/generated';
import { KIND_OPTIONS } from '../marketplace/marketplace-labels';
import { Icon } from '../ui/icon';
import { EquityChart } from './equity-chart';
import { formatShare, SUPPRESSED_LABEL, SUPPRESSION_EXPLANATIONS } from './equity-labels';
import { EquityReportCsvDocument, EquityReportDocument } from './equity-report.generated';

const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/**
 * The equity of access report for HR: who applied for, was offered and was placed in stretch work, by
 * function, location, level or sponsor, against the people who could have; small groups hidden, groups
 * placed at under four fifths of the best flagged, and the whole report as CSV.
 */
@Component({
  selector: 'bridge-equity-report-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    Icon,
    EquityChart,
  ],
  templateUrl: './equity-report-page.html',
  styleUrl: './equity-report-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EquityReportPage {
  private readonly apollo = inject(Apollo);

  protected readonly dimensions = EQUITY_DIMENSIONS.map((dimension) => ({
    value: dimension as EquityDimension,
    label: EQUITY_DIMENSION_LABELS[dimension],
  }));
  protected readonly kinds = KIND_OPTIONS;
  protected readonly threshold = EQUITY_SUPPRESSION_THRESHOLD;
  protected readonly fourFifths = formatShare(FOUR_FIFTHS);
  protected readonly formatShare = formatShare;
  protected readonly suppressedLabel = SUPPRESSED_LABEL;
  protected readonly explanations = SUPPRESSION_EXPLANATIONS;

  protected readonly form = inject(NonNullableFormBuilder).group({
    from: '',
    to: '',
    kind: '' as OpportunityKind | '',
  });
  /** The filter the report shows: what was last applied, not what is being typed. */
  protected readonly filter = signal<EquityReportFilterInput>({});
  protected readonly dimension = signal<EquityDimension>('FUNCTION');

  private readonly result = toSignal(
    toObservable(this.filter).pipe(
      switchMap(
        (filter) =>
          this.apollo.watchQuery({
            query: EquityReportDocument,
            variables: { filter },
            fetchPolicy: 'cache-and-network',
          }).valueChanges,
      ),
    ),
  );
  protected readonly loading = computed(() => this.result()?.loading ?? true);
  protected readonly report = computed(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.equityReport : null;
  });
  protected readonly failure = computed(() => {
    const error = this.result()?.error;
    if (!error || fieldErrorMessage(error, 'filter.from') || fieldErrorMessage(error, 'filter.to'))
      return null;
    return describeError(error);
  });
  protected readonly shown = computed(() => {
    const report = this.report();
    return report?.dimensions.find((item) => item.dimension === this.dimension()) ?? null;
  });
  protected readonly dimensionLabel = computed(
    () => EQUITY_DIMENSION_LABELS[this.dimension() as DomainDimension],
  );
  protected readonly flagged = computed(
    () => this.shown()?.groups.filter((group) => group.belowFourFifths) ?? [],
  );
  /** A chart of hidden groups only would be empty bars: the table says why instead. */
  protected readonly hasShownGroup = computed(
    () => this.shown()?.groups.some((group) => !group.suppressed) ?? false,
  );
  protected readonly hiddenCount = computed(
    () => this.shown()?.groups.filter((group) => group.suppressed).length ?? 0,
  );

  protected readonly exporting = signal(false);
  protected readonly exportProblem = signal<string | null>(null);

  constructor() {
    effect(() => {
      const report = this.report();
      if (report && this.form.pristine) this.form.patchValue({ from: report.from, to: report.to });
    });
    effect(() => {
      const error = this.result()?.error;
      for (const field of ['from', 'to'] as const) {
        const message = error ? fieldErrorMessage(error, `filter.${field}`) : null;
        if (message) this.form.controls[field].setErrors({ api: message });
      }
    });
  }

  protected apply(): void {
    const { from, to, kind } = this.form.getRawValue();
    const period = equityPeriod({ from: from || null, to: to || null }, todayUtc());
    if ('field' in period) {
      this.form.controls[period.field].setErrors({ api: period.message });
      this.form.controls[period.field].markAsTouched();
      return;
    }
    this.form.controls.from.setErrors(null);
    this.form.controls.to.setErrors(null);
    this.filter.set({ from: from || null, to: to || null, kind: kind || null });
  }

  protected exportCsv(): void {
    if (this.exporting()) return;
    this.exporting.set(true);
    this.exportProblem.set(null);
    this.apollo
      // Not cached: it would replace the report the page shows (same field, same arguments, no id).
      .query({
        query: EquityReportCsvDocument,
        variables: { filter: this.filter() },
        fetchPolicy: 'no-cache',
      })
      .subscribe({
        next: ({ data }) => {
          this.exporting.set(false);
          if (!data) return;
          const { csv, from, to } = data.equityReport;
          const link = document.createElement('a');
          link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
          link.download = `equity-report-${from}-to-${to}.csv`;
          link.click();
          // The click has handed the file over; the object URL is not needed after this turn.
          setTimeout(() => URL.revokeObjectURL(link.href));
        },
        error: (error: unknown) => {
          this.exporting.set(false);
          this.exportProblem.set(describeError(error));
        },
      });
  }
}
