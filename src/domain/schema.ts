// The runtime schema of a report as the contract's JSON shape: cells are non-negative numbers
// or null (2019 本年增/减 may be negative); absent cells and rows mean "not reported".
// `toReport` turns a checked object into the complete in-memory Report.
// Built with zod/mini (the same checks and English messages as full zod at a fraction of its
// size: the dashboard validates every JSON dataset file on its first page).
import { deriveComparable2019, emptyReport, getPath, setCell } from './cells';
import { FIELDS } from './fields';
import { LEVELS } from './meta';
import type { Report } from './report';
import { NARRATIVE_FIGURES } from './template';
import { z } from './zod';

/** A schema that may be absent or null: `.nullable().optional()` in full zod. */
const maybe = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));

const count = maybe(z.number().check(z.nonnegative()));
const signed = maybe(z.number());

function row<K extends string>(keys: readonly K[], cell: z.ZodMiniType = count) {
  const shape = Object.fromEntries(keys.map((k) => [k, cell])) as Record<K, z.ZodMiniType>;
  return maybe(z.object(shape));
}

const applicant = row(['natural', 'commercial', 'research', 'social', 'legal', 'other', 'total']);
const dispute = row(['maintained', 'corrected', 'other', 'pending', 'total']);
const stock = row(['issued', 'repealed', 'valid']);
const published2019 = row(['made', 'published', 'total']);
const items2019 = maybe(z.object({ previous: count, change: signed, decisions: count }));

const group = <K extends string>(keys: readonly K[]) => row(keys, applicant);
const text = (max: number) => maybe(z.string().check(z.maxLength(max)));

export const reportSchema = z.object({
  unit: z
    .string()
    .check(z.trim(), z.minLength(1, '单位名称不能为空 / unit name is empty'), z.maxLength(200)),
  year: z.number().check(z.int(), z.gte(1990), z.lte(2100)),
  unitId: text(64),
  region: text(200),
  level: maybe(z.enum(LEVELS)),
  format: z.enum(['2019', '2021']),
  source: maybe(
    z.object({ url: text(2000), title: text(500), published: text(40), file: text(500) }),
  ),
  proactive: maybe(
    z.object({
      regulations: stock,
      normativeDocuments: stock,
      licensing: count,
      punishment: count,
      coercion: count,
      fees: count,
    }),
  ),
  proactive2019: maybe(
    z.object({
      regulations: published2019,
      normativeDocuments: published2019,
      licensing: items2019,
      otherServices: items2019,
      punishment: items2019,
      coercion: items2019,
      fees: maybe(z.object({ previous: count, change: signed })),
      procurement: row(['projects', 'amount']),
    }),
  ),
  requests: maybe(
    z.object({
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
    }),
  ),
  review: dispute,
  litigationDirect: dispute,
  litigationAfterReview: dispute,
  narrative: maybe(
    z.object({
      publishedItems: count,
      newMediaAccounts: count,
      lettersReceived: count,
      lettersCompletionRate: count,
      approx: z.optional(z.array(z.enum(NARRATIVE_FIGURES.map((f) => f.key)))),
      publishedBreakdown: z.optional(
        z.record(z.string().check(z.maxLength(100)), z.number().check(z.nonnegative())),
      ),
      other: z.optional(z.record(z.string().check(z.maxLength(100)), z.number())),
    }),
  ),
  notes: z.optional(z.array(z.string().check(z.maxLength(5000)))),
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
