import {
  EQUITY_DIMENSION_LABELS,
  EQUITY_SUPPRESSION_THRESHOLD,
  EquityRow,
  EquitySuppression,
} from '@bridge/domain';
import type { EquityDimensionReport } from './equity-report.service';
import { CsvCell, toCsv } from './csv';

const HEADER = [
  'Dimension',
  'Group',
  'Eligible',
  'Applied',
  'Offered',
  'Placed',
  'Applied rate',
  'Offered rate',
  'Placed rate',
  'Placed rate / organization',
  'Placed rate / best group',
  'Under four fifths of the best group',
  'Suppressed',
  'Eligible population',
];

const SUPPRESSED: Readonly<Record<EquitySuppression, string>> = {
  SMALL_GROUP: `Fewer than ${EQUITY_SUPPRESSION_THRESHOLD} people`,
  COMPLEMENT: 'Hidden so that a smaller group cannot be worked out from the total',
};

/** Ratios to four decimals: enough for a spreadsheet, no float noise. */
const ratio = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 1e4) / 1e4;

function line(dimension: EquityDimensionReport, row: EquityRow): CsvCell[] {
  return [
    EQUITY_DIMENSION_LABELS[dimension.dimension],
    row.label,
    row.eligible,
    row.applied,
    row.offered,
    row.placed,
    ratio(row.appliedRate),
    ratio(row.offeredRate),
    ratio(row.placedRate),
    ratio(row.placedRatioToOverall),
    ratio(row.placedRatioToBest),
    row.suppressed || row.placedRatioToBest === null ? null : row.belowFourFifths ? 'yes' : 'no',
    row.suppression ? SUPPRESSED[row.suppression] : null,
    dimension.population,
  ];
}

/** The report as a spreadsheet: per dimension, the organization's row then each group's. */
export function equityReportCsv(dimensions: readonly EquityDimensionReport[]): string {
  return toCsv([
    HEADER,
    ...dimensions.flatMap((dimension) => [
      line(dimension, dimension.overall),
      ...dimension.groups.map((row) => line(dimension, row)),
    ]),
  ]);
}
