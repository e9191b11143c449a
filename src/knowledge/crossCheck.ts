/**
 * Checks that span records: references, uniqueness, relations and sourcing rules that zod cannot see
 * one record at a time.
 */
import { compactName } from '../text/normalize.js';
import type { Located, RawKnowledge } from './load.js';
import type { Problem } from './problems.js';
import type { Deal } from './schema.js';

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
      const tiers = figure.sources.map((id) => sources.get(id)?.value.tier).filter(Boolean);
      if (tiers.length > 0 && tiers.every((tier) => tier === 'aggregator')) {
        at(
          record,
          `figures[${i}].sources`,
          'cites only aggregator sources; expected at least one better source',
        );
      }
      if (figure.sources.every((id) => sources.get(id)?.value.url === undefined) && tiers.length > 0) {
        at(
          record,
          `figures[${i}].sources`,
          'no cited source has a url; expected at least one linkable source',
        );
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
    if (d.closed && d.closed < d.date) at(record, 'closed', `is before the deal's date ${d.date}`);
    if (d.statusDate && d.statusDate < d.date)
      at(record, 'statusDate', `is before the deal's date ${d.date}`);
  }
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
  if (d.expands) pointsTo('expands', d.expands);
}

function checkCompanies(
  raw: RawKnowledge,
  companies: Map<string, Located<RawKnowledge['companies'][number]['value']>>,
  at: At,
) {
  const claimedBy = new Map<string, string>();
  for (const record of raw.companies) {
    const c = record.value;
    const names = [c.name, ...c.aliases];
    names.forEach((name, i) => {
      const key = compactName(name);
      const field = i === 0 ? 'name' : `aliases[${i - 1}]`;
      if (!key) {
        at(record, field, 'has no letters or digits');
        return;
      }
      const owner = claimedBy.get(key);
      if (owner && owner !== c.id) at(record, field, `"${name}" is already a name or alias of "${owner}"`);
      else claimedBy.set(key, c.id);
    });
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
  for (const record of raw.sources) {
    const { url, id } = record.value;
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
