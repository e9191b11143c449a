/**
 * Checks that span records: references, uniqueness, relations and sourcing rules that zod cannot see
 * one record at a time.
 */
import { compactName } from '../text/normalize.js';
import type { Located, RawKnowledge } from './load.js';
import type { Problem } from './problems.js';
import { CONFIRMED_STATUSES, type Deal, PAYER_ROLES, type Period, type Source } from './schema.js';
import { checkTranslations } from './translations.js';

export function crossCheck(raw: RawKnowledge, problems: Problem[]): void {
  const companies = indexById(raw.companies, 'company', problems);
  const sources = indexById(raw.sources, 'source', problems);
  const deals = indexById(raw.deals, 'deal', problems);
  const at = (record: Located<unknown>, field: string, message: string) =>
    problems.push({ file: record.file, record: record.label, field, message });

  checkCompanies(raw, companies, at);
  checkSources(raw, at);

  for (const record of raw.deals) {
    const d = record.value;
    d.parties.forEach((party, i) => {
      if (!companies.has(party.company)) {
        at(
          record,
          `parties[${i}].company`,
          `unknown company "${party.company}"; expected an id from knowledge/companies`,
        );
      }
    });
    const seen = new Set<string>();
    d.parties.forEach((party, i) => {
      const key = `${party.company}/${party.role}`;
      if (seen.has(key)) at(record, `parties[${i}]`, `"${party.company}" is listed twice as ${party.role}`);
      seen.add(key);
    });
    d.sources.forEach((id, i) => {
      if (!sources.has(id))
        at(record, `sources[${i}]`, `unknown source "${id}"; expected an id from knowledge/sources`);
    });
    d.figures.forEach((figure, i) => {
      figure.sources.forEach((id, j) => {
        if (!sources.has(id)) {
          at(
            record,
            `figures[${i}].sources[${j}]`,
            `unknown source "${id}"; expected an id from knowledge/sources`,
          );
        }
      });
      const support = supportProblem(figure.sources.map((id) => sources.get(id)?.value));
      if (support) at(record, `figures[${i}].sources`, support);
      if (figure.date && figure.date < d.date)
        at(record, `figures[${i}].date`, `is before the deal's first date ${d.date}`);
      if (figure.kind === 'amount') {
        const said = labelPeriod(figure.label);
        if (said && figure.per !== said)
          at(
            record,
            `figures[${i}].per`,
            `the label "${figure.label}" says a fee paid once a ${said}: add "per": "${said}", so that it is never summed or ranked as the deal's size`,
          );
      }
      if (figure.kind === 'amount' && figure.paidBy) {
        const payer = d.parties.find((p) => p.company === figure.paidBy && PAYER_ROLES.has(p.role));
        if (!payer)
          at(record, `figures[${i}].paidBy`, `"${figure.paidBy}" is not a paying party of this deal`);
      }
      if (
        (figure.kind === 'amount' || figure.kind === 'valuation') &&
        (figure.amount === undefined) !== (figure.qualifier === 'undisclosed')
      ) {
        at(
          record,
          `figures[${i}]`,
          figure.amount === undefined
            ? 'has no amount; expected an amount or qualifier "undisclosed"'
            : 'has an amount but qualifier "undisclosed"; expected one or the other',
        );
      }
      if (figure.kind === 'stake' && figure.holder && !companies.has(figure.holder)) {
        at(record, `figures[${i}].holder`, `unknown company "${figure.holder}"`);
      }
    });
    checkRelations(record, deals, at);
    checkHistory(record, sources, at);
    checkUserText(record, at);
    checkRoles(record, at);
  }
  if (raw.translations) {
    const values = <T>(located: Map<string, Located<T>>) =>
      new Map([...located].map(([k, r]) => [k, r.value]));
    checkTranslations(raw.translations, values(deals), values(companies), problems);
  }
}

/** Why a figure's sources do not support it, or undefined when they do. */
function supportProblem(cited: (Source | undefined)[]): string | undefined {
  const known = cited.filter((s): s is Source => s !== undefined);
  if (known.length === 0) return undefined;
  // A page seen only as a link inside another page vouches for nothing by itself.
  const seen = known.filter((s) => s.quotedIn === undefined);
  if (seen.length === 0)
    return 'cites only pages seen as quoted links; expected at least one page that was read';
  if (seen.every((s) => s.url === undefined))
    return 'no cited source has a url; expected at least one linkable source';
  if (seen.every((s) => s.tier === 'aggregator')) {
    const relaying = seen.filter((s) => s.relays !== undefined);
    const publishers = new Set(relaying.map((s) => s.publisher));
    if (publishers.size < 2)
      return 'rests on aggregator pages only; expected a better source, or at least two aggregator pages from different publishers that each name (relays) the report they carry';
  }
  return undefined;
}

/**
 * Each status step cites pages that could have reported it (none dated before the step), steps run
 * oldest first, and a status that says the parties acted rests on their own word.
 */
function checkHistory(record: Located<Deal>, sources: Map<string, Located<Source>>, at: At): void {
  const d = record.value;
  const confirmedByParties =
    d.figures.some((f) => f.disclosure === 'announced') ||
    [...d.sources, ...d.history.flatMap((step) => step.sources)].some(
      (id) => sources.get(id)?.value.tier === 'primary',
    );
  d.history.forEach((step, i) => {
    const field = `history[${i}]`;
    const previous = d.history[i - 1];
    if (previous && step.date < previous.date)
      at(
        record,
        `${field}.date`,
        `is before the previous step's date ${previous.date}; expected oldest first`,
      );
    step.sources.forEach((id, j) => {
      const source = sources.get(id)?.value;
      if (!source) {
        at(record, `${field}.sources[${j}]`, `unknown source "${id}"; expected an id from knowledge/sources`);
        return;
      }
      if (source.date && before(source.date, step.date))
        at(
          record,
          `${field}.sources[${j}]`,
          `source "${id}" is dated ${source.date}, before the step (${step.status}, ${step.date}) it is cited for`,
        );
    });
    step.confirmedBy?.forEach((company, j) => {
      if (!d.parties.some((p) => p.company === company))
        at(record, `${field}.confirmedBy[${j}]`, `"${company}" is not a party to this deal`);
    });
    if (CONFIRMED_STATUSES.has(step.status) && !confirmedByParties && !step.confirmedBy?.length)
      at(
        record,
        `${field}.status`,
        `"${step.status}" says the parties acted, but no figure is announced, no source is primary and confirmedBy names nobody; expected "reported" or "talks", or who confirmed it`,
      );
  });
}

/** Text users read never speaks of the curators' material: that belongs in `curatorNote`. */
const CURATOR_WORDS = /\bseed(?: article)?s? ?\d{3}\b|\bfact table\b/i;

function checkUserText(record: Located<Deal>, at: At): void {
  const d = record.value;
  const texts: [string, string][] = [
    ['title', d.title],
    ['summary', d.summary],
    ...d.caveats.map((c, i): [string, string] => [`caveats[${i}]`, c]),
    ...d.figures.flatMap((f, i): [string, string][] => (f.note ? [[`figures[${i}].note`, f.note]] : [])),
    ...d.history.flatMap((s, i): [string, string][] => (s.note ? [[`history[${i}].note`, s.note]] : [])),
  ];
  for (const [field, text] of texts) {
    if (CURATOR_WORDS.test(text))
      at(
        record,
        field,
        "speaks of the curators' material (a seed article, the fact table); users read this: move it to curatorNote",
      );
  }
}

/** "2025-09" is not before "2025-09-22": a month-only date covers the whole month. */
function before(date: string, other: string): boolean {
  const n = Math.min(date.length, other.length);
  return date.slice(0, n) < other.slice(0, n);
}

/** Sellers are paid, not invested in; a secondary sale moves no money into the company. */
function checkRoles(record: Located<Deal>, at: At): void {
  const d = record.value;
  d.parties.forEach((party, i) => {
    const field = `parties[${i}].role`;
    if (d.kind === 'secondary-sale' && (party.role === 'investee' || party.role === 'investor'))
      at(
        record,
        field,
        `"${party.role}" in a secondary sale; expected "subject" (whose shares change hands), "buyer" or "seller"`,
      );
    if ((party.role === 'buyer' || party.role === 'subject') && d.kind !== 'secondary-sale')
      at(record, field, `"${party.role}" belongs to a secondary sale; expected another role for a ${d.kind}`);
    if (party.role === 'seller' && d.kind !== 'secondary-sale' && d.kind !== 'acquisition')
      at(record, field, `"seller" belongs to an acquisition or a secondary sale, not a ${d.kind}`);
  });
}

type At = (record: Located<unknown>, field: string, message: string) => void;

function checkRelations(record: Located<Deal>, deals: Map<string, Located<Deal>>, at: At): void {
  const d = record.value;
  const pointsTo = (field: string, target: string): Deal | undefined => {
    if (target === d.id) {
      at(record, field, 'points to the deal itself');
      return undefined;
    }
    const found = deals.get(target)?.value;
    if (!found) at(record, field, `unknown deal "${target}"; expected the id of a deal in knowledge/deals`);
    return found;
  };
  if (d.status === 'superseded' && !d.supersededBy) {
    at(
      record,
      'supersededBy',
      'is required when status is "superseded"; expected the id of the deal that replaced it',
    );
  }
  if (d.supersededBy) {
    const successor = pointsTo('supersededBy', d.supersededBy);
    if (d.status !== 'superseded') at(record, 'status', 'expected "superseded" since supersededBy is set');
    if (successor && !successor.supersedes.includes(d.id)) {
      at(record, 'supersededBy', `deal "${successor.id}" does not list "${d.id}" in its supersedes`);
    }
  }
  d.supersedes.forEach((target, i) => {
    const predecessor = pointsTo(`supersedes[${i}]`, target);
    if (predecessor && predecessor.supersededBy !== d.id) {
      at(record, `supersedes[${i}]`, `deal "${target}" does not name "${d.id}" as its supersededBy`);
    }
  });
  if (d.partOf) {
    const parent = pointsTo('partOf', d.partOf);
    if (parent?.partOf === d.id) at(record, 'partOf', `forms a cycle with "${parent.id}"`);
  }
  if (d.expands) {
    const base = pointsTo('expands.deal', d.expands.deal);
    if (base && base.date > d.date) at(record, 'expands.deal', `"${base.id}" is dated after this deal`);
  }
}

function checkCompanies(
  raw: RawKnowledge,
  companies: Map<string, Located<RawKnowledge['companies'][number]['value']>>,
  at: At,
) {
  const claimedBy = new Map<string, string>();
  for (const record of raw.companies) {
    const c = record.value;
    const names: [string, string][] = [
      [c.name, 'name'],
      ...c.aliases.map((alias, i): [string, string] => [alias, `aliases[${i}]`]),
      ...c.products.flatMap((product, i) => [
        [product.name, `products[${i}].name`] as [string, string],
        ...product.aliases.map((alias, j): [string, string] => [alias, `products[${i}].aliases[${j}]`]),
      ]),
    ];
    names.forEach(([name, field]) => {
      const key = compactName(name);
      if (!key) {
        at(record, field, 'has no letters or digits');
        return;
      }
      const owner = claimedBy.get(key);
      if (owner && owner !== c.id) at(record, field, `"${name}" is already a name or alias of "${owner}"`);
      else claimedBy.set(key, c.id);
    });
    if (c.affiliation !== undefined) {
      if (c.kind !== 'person')
        at(record, 'affiliation', `is for people; expected kind "person", not "${c.kind}"`);
      else if (!companies.has(c.affiliation)) at(record, 'affiliation', `unknown company "${c.affiliation}"`);
    }
    if (c.parent) {
      if (c.parent === c.id) at(record, 'parent', 'points to the company itself');
      else if (!companies.has(c.parent)) at(record, 'parent', `unknown company "${c.parent}"`);
      else {
        const seen = new Set([c.id]);
        let cursor: string | undefined = c.parent;
        while (cursor) {
          if (seen.has(cursor)) {
            at(record, 'parent', `forms a cycle through "${cursor}"`);
            break;
          }
          seen.add(cursor);
          cursor = companies.get(cursor)?.value.parent;
        }
      }
    }
  }
}

function checkSources(raw: RawKnowledge, at: At) {
  const byUrl = new Map<string, string>();
  const ids = new Set(raw.sources.map((r) => r.value.id));
  for (const record of raw.sources) {
    const { url, id, quotedIn } = record.value;
    if (quotedIn !== undefined && !ids.has(quotedIn))
      at(record, 'quotedIn', `unknown source "${quotedIn}"; expected the id of the page that links here`);
    if (quotedIn === id) at(record, 'quotedIn', 'points to the source itself');
    if (!url) continue;
    const owner = byUrl.get(url);
    if (owner) at(record, 'url', `the same url is already source "${owner}"; expected one source per page`);
    else byUrl.set(url, id);
  }
}

function indexById<T extends { id: string }>(
  records: Located<T>[],
  noun: string,
  problems: Problem[],
): Map<string, Located<T>> {
  const map = new Map<string, Located<T>>();
  for (const record of records) {
    const first = map.get(record.value.id);
    if (first) {
      problems.push({
        file: record.file,
        record: record.label,
        field: 'id',
        message: `duplicate ${noun} id; first defined in ${first.file}`,
      });
    } else map.set(record.value.id, record);
  }
  return map;
}

/** The period an English label names ("per month", "annual"), so that a fee is never left without `per`. */
function labelPeriod(label: string | undefined): Period | undefined {
  const text = label?.toLowerCase() ?? '';
  if (/\b(?:per|a|each|every) month\b|\bmonthly\b/.test(text)) return 'month';
  if (/\b(?:per|a|each|every) year\b|\b(?:annual|annually|yearly)\b/.test(text)) return 'year';
  if (/\b(?:per|a|each|every) quarter\b|\bquarterly\b/.test(text)) return 'quarter';
  if (/\b(?:per|a|each|every) week\b|\bweekly\b/.test(text)) return 'week';
  return undefined;
}
