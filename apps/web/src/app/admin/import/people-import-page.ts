import { DatePipe, DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  type ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { PEOPLE_LIMITS } from '@bridge/domain';
import { Apollo } from 'apollo-angular';
import { exhaustMap, map, takeWhile, timer } from 'rxjs';
import { describeError, fieldErrorMessage } from '../../core/api-errors';
import {
  ImportPeopleDocument,
  type PeopleImportReportFragment,
  type PeopleImportStatus,
  PeopleImportProgressDocument,
  RecentPeopleImportsDocument,
} from '../../graphql/generated';
import { Icon } from '../../ui/icon';
import { ACCEPTED_COLUMNS, fieldLabel, STATUS_LABELS } from './import-columns';

export const PROGRESS_POLL_MS = 500;
const IN_PROGRESS: ReadonlySet<PeopleImportStatus> = new Set(['QUEUED', 'RUNNING']);
/** The API accepts a body as large as a CSV only from a signed-in request that names the import. */
export const IMPORT_REQUEST_CONTEXT = { headers: { 'X-Bridge-Operation': 'importPeople' } };

type ReportProblem = PeopleImportReportFragment['problems'][number];

/** One row of the file and all its problems, so a row with several reads as one entry. */
interface ProblemRow {
  row: number;
  problems: readonly ReportProblem[];
}

function groupProblemsByRow(problems: readonly ReportProblem[]): ProblemRow[] {
  const byRow = new Map<number, ReportProblem[]>();
  for (const problem of problems) {
    const rowProblems = byRow.get(problem.row);
    if (rowProblems) rowProblems.push(problem);
    else byRow.set(problem.row, [problem]);
  }
  return [...byRow].sort(([a], [b]) => a - b).map(([row, rowProblems]) => ({ row, problems: rowProblems }));
}

interface ChosenFile {
  name: string;
  size: number;
  csv: string;
}

type Step = 'choose' | 'checking' | 'checked' | 'importing' | 'finished';

@Component({
  selector: 'bridge-people-import-page',
  imports: [
    DatePipe,
    DecimalPipe,
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    MatProgressSpinnerModule,
    Icon,
  ],
  templateUrl: './people-import-page.html',
  styleUrl: './people-import-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeopleImportPage {
  private readonly apollo = inject(Apollo);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly acceptedColumns = ACCEPTED_COLUMNS;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly fieldLabel = fieldLabel;

  protected readonly step = signal<Step>('choose');
  protected readonly file = signal<ChosenFile | null>(null);
  /** What is wrong with the file as a whole (too big, not UTF-8, missing columns): nothing was checked row by row. */
  protected readonly fileProblem = signal<string | null>(null);
  protected readonly report = signal<PeopleImportReportFragment | null>(null);
  protected readonly run = signal<PeopleImportReportFragment | null>(null);
  protected readonly importFailure = signal<string | null>(null);
  protected readonly dragging = signal(false);

  protected readonly canImport = computed(() => {
    const report = this.report();
    return (
      this.step() === 'checked' &&
      report?.status === 'DRY_RUN' &&
      report.problems.length === 0 &&
      report.totalRows > 0
    );
  });
  protected readonly problemRows = computed(() => groupProblemsByRow(this.report()?.problems ?? []));
  protected readonly progressPercent = computed(() => {
    const run = this.run();
    if (!run || run.totalRows === 0) return 0;
    return Math.min(100, Math.round((run.processedRows / run.totalRows) * 100));
  });

  protected readonly runSummary = computed(() => {
    const run = this.run();
    if (!run) return '';
    const parts = [
      `${run.createdCount} created`,
      `${run.updatedCount} updated`,
      `${run.unchangedCount} unchanged`,
    ];
    if (run.unitsCreatedCount > 0) parts.push(`${run.unitsCreatedCount} new functions & teams`);
    return `${parts.join(', ')}.`;
  });

  private readonly reportPanel = viewChild<ElementRef<HTMLElement>>('reportPanel');
  private readonly runPanel = viewChild<ElementRef<HTMLElement>>('runPanel');

  private readonly recentQuery = this.apollo.watchQuery({
    query: RecentPeopleImportsDocument,
    fetchPolicy: 'network-only',
  });
  protected readonly recentImports = toSignal(
    this.recentQuery.valueChanges.pipe(
      map((result) => (result.dataState === 'complete' ? result.data.peopleImports : null)),
    ),
    { initialValue: null },
  );

  constructor() {
    // Each new step opens below the fold on small screens; bring it into view as it appears.
    effect(() => this.reportPanel()?.nativeElement.scrollIntoView?.({ behavior: 'smooth', block: 'start' }));
    effect(() => this.runPanel()?.nativeElement.scrollIntoView?.({ behavior: 'smooth', block: 'start' }));
  }

  protected async chooseFile(file: File | undefined): Promise<void> {
    if (!file || this.step() === 'checking' || this.step() === 'importing') return;
    this.reset();
    if (!/\.csv$/i.test(file.name) && file.type !== 'text/csv') {
      this.fileProblem.set(
        `“${file.name}” is not a CSV file. Export the people list from your HR system as CSV.`,
      );
      return;
    }
    if (file.size > PEOPLE_LIMITS.maxImportBytes) {
      this.fileProblem.set('The file is larger than 20 MB. Split it into smaller files.');
      return;
    }
    if (file.size === 0) {
      this.fileProblem.set('The file is empty. Export the people list again and choose it here.');
      return;
    }
    // Not fatal: a file in another encoding reaches the API, which says clearly that it is not UTF-8.
    const csv = new TextDecoder('utf-8').decode(await file.arrayBuffer());
    this.file.set({ name: file.name, size: file.size, csv });
    this.checkFile();
  }

  protected onFileInput(input: HTMLInputElement): void {
    void this.chooseFile(input.files?.[0]);
    // Cleared so choosing the same (fixed) file again still fires a change.
    input.value = '';
  }

  protected onDragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(true);
  }

  protected onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    void this.chooseFile(event.dataTransfer?.files[0]);
  }

  protected startImport(): void {
    const file = this.file();
    if (!file || !this.canImport()) return;
    this.step.set('importing');
    this.importFailure.set(null);
    this.apollo
      .mutate({
        mutation: ImportPeopleDocument,
        variables: { csv: file.csv, dryRun: false, fileName: file.name },
        context: IMPORT_REQUEST_CONTEXT,
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ data }) => {
          if (!data) return;
          this.run.set(data.importPeople);
          this.followProgress(data.importPeople);
        },
        error: (error: unknown) => {
          this.step.set('checked');
          this.importFailure.set(describeError(error));
        },
      });
  }

  protected startOver(): void {
    this.reset();
  }

  private checkFile(): void {
    const file = this.file();
    if (!file) return;
    this.step.set('checking');
    this.apollo
      .mutate({
        mutation: ImportPeopleDocument,
        variables: { csv: file.csv, dryRun: true, fileName: file.name },
        context: IMPORT_REQUEST_CONTEXT,
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ data }) => {
          if (!data) return;
          this.report.set(data.importPeople);
          this.step.set('checked');
          void this.recentQuery.refetch();
        },
        error: (error: unknown) => {
          this.step.set('choose');
          this.fileProblem.set(fieldErrorMessage(error, 'csv') ?? describeError(error));
        },
      });
  }

  private followProgress(started: PeopleImportReportFragment): void {
    if (!IN_PROGRESS.has(started.status)) {
      this.finish();
      return;
    }
    timer(PROGRESS_POLL_MS, PROGRESS_POLL_MS)
      .pipe(
        exhaustMap(() =>
          this.apollo.query({
            query: PeopleImportProgressDocument,
            variables: { id: started.id },
            fetchPolicy: 'network-only',
          }),
        ),
        map(({ data }) => data?.peopleImport ?? null),
        takeWhile((progress) => progress !== null && IN_PROGRESS.has(progress.status), true),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (progress) => {
          if (progress) this.run.set(progress);
        },
        complete: () => this.finish(),
        error: (error: unknown) => {
          this.importFailure.set(
            `We lost track of the import: ${describeError(error)} Check the recent imports below.`,
          );
          this.finish();
        },
      });
  }

  private finish(): void {
    this.step.set('finished');
    void this.recentQuery.refetch();
  }

  private reset(): void {
    this.step.set('choose');
    this.file.set(null);
    this.fileProblem.set(null);
    this.report.set(null);
    this.run.set(null);
    this.importFailure.set(null);
  }
}
