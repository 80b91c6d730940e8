import { describe, expect, it } from 'vitest';
import { HEADER_TO_KEY } from '../../../src/domain/columns';
import { FIELDS, FIELD_BY_KEY, fieldsForFormat } from '../../../src/domain/fields';

// The contract's keys, written out from ../shared/docs/report-format.md (not from the code).
const TABLE2_2021 = [
  'proactive.regulations.issued',
  'proactive.regulations.repealed',
  'proactive.regulations.valid',
  'proactive.normativeDocuments.issued',
  'proactive.normativeDocuments.repealed',
  'proactive.normativeDocuments.valid',
  'proactive.licensing',
  'proactive.punishment',
  'proactive.coercion',
  'proactive.fees',
];
const TABLE2_2019 = [
  'proactive2019.regulations.made',
  'proactive2019.regulations.published',
  'proactive2019.regulations.total',
  'proactive2019.normativeDocuments.made',
  'proactive2019.normativeDocuments.published',
  'proactive2019.normativeDocuments.total',
  'proactive2019.licensing.previous',
  'proactive2019.licensing.change',
  'proactive2019.licensing.decisions',
  'proactive2019.otherServices.previous',
  'proactive2019.otherServices.change',
  'proactive2019.otherServices.decisions',
  'proactive2019.punishment.previous',
  'proactive2019.punishment.change',
  'proactive2019.punishment.decisions',
  'proactive2019.coercion.previous',
  'proactive2019.coercion.change',
  'proactive2019.coercion.decisions',
  'proactive2019.fees.previous',
  'proactive2019.fees.change',
  'proactive2019.procurement.projects',
  'proactive2019.procurement.amount',
];
const TABLE3_ROWS = [
  'new',
  'carriedOver',
  'granted',
  'partial',
  'denied.stateSecret',
  'denied.lawForbidden',
  'denied.safetyStability',
  'denied.thirdParty',
  'denied.internalAffairs',
  'denied.processInfo',
  'denied.enforcementFile',
  'denied.queryItem',
  'unable.notHeld',
  'unable.needCreation',
  'unable.unclear',
  'notProcessed.complaint',
  'notProcessed.duplicate',
  'notProcessed.publication',
  'notProcessed.massive',
  'notProcessed.confirm',
  'otherHandling.overdueCorrection',
  'otherHandling.overdueFee',
  'otherHandling.other',
  'otherHandling.total',
  'totalHandled',
  'carriedForward',
];
const TABLE3_COLUMNS = ['natural', 'commercial', 'research', 'social', 'legal', 'other', 'total'];
const TABLE4_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'];
const TABLE4_COLUMNS = ['maintained', 'corrected', 'other', 'pending', 'total'];
const NARRATIVE = [
  'narrative.publishedItems',
  'narrative.newMediaAccounts',
  'narrative.lettersReceived',
  'narrative.lettersCompletionRate',
];

const TABLE3 = TABLE3_ROWS.flatMap((r) => TABLE3_COLUMNS.map((c) => `requests.${r}.${c}`));
const TABLE4 = TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => `${g}.${c}`));
const CONTRACT_KEYS = [...TABLE2_2021, ...TABLE2_2019, ...TABLE3, ...TABLE4, ...NARRATIVE];

const duplicates = (xs: readonly string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);

describe('field dictionary', () => {
  it('has every contract key exactly once and nothing else', () => {
    expect(TABLE3).toHaveLength(26 * 7);
    expect(TABLE4).toHaveLength(15);
    const keys = FIELDS.map((f) => f.key);
    expect(duplicates(keys)).toEqual([]);
    expect([...keys].sort()).toEqual([...CONTRACT_KEYS].sort());
  });

  it('gives every figure a distinct Chinese label, English label and CSV header', () => {
    expect(duplicates(FIELDS.map((f) => f.zh))).toEqual([]);
    expect(duplicates(FIELDS.map((f) => f.en))).toEqual([]);
    expect(duplicates(FIELDS.map((f) => f.header))).toEqual([]);
  });

  it('maps each Chinese header and each key back to its key', () => {
    for (const f of FIELDS) {
      expect(HEADER_TO_KEY.get(f.header)).toBe(f.key);
      expect(HEADER_TO_KEY.get(f.key)).toBe(f.key);
    }
    expect(HEADER_TO_KEY.get('本年新收-自然人')).toBe('requests.new.natural');
  });

  it('keeps the 2019 table 2 out of 2021-format reports and vice versa', () => {
    const keys2021 = fieldsForFormat('2021').map((f) => f.key);
    const keys2019 = fieldsForFormat('2019').map((f) => f.key);
    expect(keys2021).toEqual(expect.arrayContaining(TABLE2_2021));
    expect(keys2021.filter((k) => k.startsWith('proactive2019.'))).toEqual([]);
    expect(keys2019).toEqual(expect.arrayContaining(TABLE2_2019));
    // Only the 处理决定数量 are comparable across the two versions.
    expect(keys2019.filter((k) => TABLE2_2021.includes(k))).toEqual([
      'proactive.licensing',
      'proactive.punishment',
      'proactive.coercion',
    ]);
  });

  it('lets only the 2019 本年增/减 be negative, and fees carry up to 4 decimals', () => {
    const signed = FIELDS.filter((f) => f.signed).map((f) => f.key);
    expect(signed.sort()).toEqual(TABLE2_2019.filter((k) => k.endsWith('.change')).sort());
    expect(FIELD_BY_KEY.get('proactive.fees')?.maxDecimals).toBe(4);
  });
});
