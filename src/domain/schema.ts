// The runtime schema of a report as the contract's JSON shape: cells are non-negative numbers
// or null (2019 本年增/减 may be negative); absent cells and rows mean "not reported".
// `toReport` turns a checked object into the complete in-memory Report.
import { z } from 'zod';
import { deriveComparable2019, emptyReport, getPath, setCell } from './cells';
import { FIELDS } from './fields';
import { LEVELS } from './meta';
import type { Report } from './report';
import { NARRATIVE_FIGURES } from './template';

const count = z.number().finite().nonnegative().nullable().optional();
const signed = z.number().finite().nullable().optional();

function row<K extends string>(keys: readonly K[], cell: z.ZodType = count) {
  const shape = Object.fromEntries(keys.map((k) => [k, cell])) as Record<K, z.ZodType>;
  return z.object(shape).nullable().optional();
}

const applicant = row(['natural', 'commercial', 'research', 'social', 'legal', 'other', 'total']);
const dispute = row(['maintained', 'corrected', 'other', 'pending', 'total']);
const stock = row(['issued', 'repealed', 'valid']);
const published2019 = row(['made', 'published', 'total']);
const items2019 = z
  .object({ previous: count, change: signed, decisions: count })
  .nullable()
  .optional();

const group = <K extends string>(keys: readonly K[]) => row(keys, applicant);

export const reportSchema = z.object({
  unit: z.string().trim().min(1, '单位名称不能为空 / unit name is empty').max(200),
  year: z.number().int().min(1990).max(2100),
  unitId: z.string().max(64).nullable().optional(),
  region: z.string().max(200).nullable().optional(),
  level: z.enum(LEVELS).nullable().optional(),
  format: z.enum(['2019', '2021']),
  source: z
    .object({
      url: z.string().max(2000).nullable().optional(),
      title: z.string().max(500).nullable().optional(),
      published: z.string().max(40).nullable().optional(),
      file: z.string().max(500).nullable().optional(),
    })
    .nullable()
    .optional(),
  proactive: z
    .object({
      regulations: stock,
      normativeDocuments: stock,
      licensing: count,
      punishment: count,
      coercion: count,
      fees: count,
    })
    .nullable()
    .optional(),
  proactive2019: z
    .object({
      regulations: published2019,
      normativeDocuments: published2019,
      licensing: items2019,
      otherServices: items2019,
      punishment: items2019,
      coercion: items2019,
      fees: z.object({ previous: count, change: signed }).nullable().optional(),
      procurement: row(['projects', 'amount']),
    })
    .nullable()
    .optional(),
  requests: z
    .object({
      new: applicant,
      carriedOver: applicant,
      granted: applicant,
      partial: applicant,
      denied: group([
        'stateSecret',
        'lawForbidden',
        'safetyStability',
        'thirdParty',
        'internalAffairs',
        'processInfo',
        'enforcementFile',
        'queryItem',
      ]),
      unable: group(['notHeld', 'needCreation', 'unclear']),
      notProcessed: group(['complaint', 'duplicate', 'publication', 'massive', 'confirm']),
      otherHandling: group(['overdueCorrection', 'overdueFee', 'other', 'total']),
      totalHandled: applicant,
      carriedForward: applicant,
    })
    .nullable()
    .optional(),
  review: dispute,
  litigationDirect: dispute,
  litigationAfterReview: dispute,
  narrative: z
    .object({
      publishedItems: count,
      newMediaAccounts: count,
      lettersReceived: count,
      lettersCompletionRate: count,
      approx: z.array(z.enum(NARRATIVE_FIGURES.map((f) => f.key))).optional(),
      publishedBreakdown: z
        .record(z.string().max(100), z.number().finite().nonnegative())
        .optional(),
      other: z.record(z.string().max(100), z.number().finite()).optional(),
    })
    .nullable()
    .optional(),
  notes: z.array(z.string().max(5000)).optional(),
});

export type ReportInput = z.infer<typeof reportSchema>;

/** The complete in-memory report for an object that passed `reportSchema`. */
export function toReport(input: ReportInput): Report {
  const report = emptyReport(input.unit.trim(), input.year, input.format);
  report.unitId = input.unitId ?? null;
  report.region = input.region ?? null;
  report.level = input.level ?? null;
  report.source = {
    url: input.source?.url ?? null,
    title: input.source?.title ?? null,
    published: input.source?.published ?? null,
    file: input.source?.file ?? null,
  };
  for (const f of FIELDS) {
    if (!f.formats.includes(input.format)) continue;
    const v = getPath(input, f.path);
    setCell(report, f, typeof v === 'number' ? v : null);
  }
  if (report.proactive2019) deriveComparable2019(report);
  const n = input.narrative;
  report.narrative.approx = [...new Set(n?.approx ?? [])];
  report.narrative.publishedBreakdown = { ...n?.publishedBreakdown };
  report.narrative.other = { ...n?.other };
  report.notes = [...(input.notes ?? [])];
  return report;
}
