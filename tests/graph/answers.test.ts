import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graph } from '../../commands/graph.js';
import { loops } from '../../commands/loops.js';
import { timeline } from '../../commands/timeline.js';
import { isCompanyOption, optionReader } from '../../src/commands/command.js';
import { graphAnswer, loopsAnswer, timelineAnswer } from '../../src/graph/answers.js';
import { attachImage, saveImage } from '../../src/graph/attach.js';
import { catalog, commandText } from '../../src/i18n/index.js';
import { renderAnswer } from '../../src/render/discord.js';
import { pictureUrl } from '../discord/v2.js';
import { fixtureEngine, realEngine, text } from '../helpers.js';

describe('/graph', () => {
  const engine = realEngine();

  it("lists the company's money in and out with cited deals, and carries the picture", () => {
    const answer = graphAnswer(engine, 'Anthropic', 1);
    expect(answer.status).toBe('ok');
    expect(answer.canonical).toEqual({ company: 'anthropic', depth: 1 });
    const out = text(answer);
    expect(out).toContain('Money around Anthropic');
    expect(out).toMatch(/Amazon: up to \$25 billion equity investment \(Apr 2026\) \[\d+\]/);
    expect(out).toMatch(/Amazon: more than \$100 billion compute contract \(Apr 2026\) \[\d+\]/);
    expect(out).toContain('Loops');
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.image?.name).toBe('money-anthropic-1.png');
    expect(answer.image?.alt).toMatch(/^Money graph around Anthropic/);
  });

  it('draws a subsidiary as part of its group', () => {
    const answer = graphAnswer(engine, 'AWS', 1);
    expect(answer.status).toBe('ok');
    expect(text(answer)).toContain('AWS is drawn as part of the Amazon group.');
  });

  it('keeps the depth between 1 and 3', () => {
    expect(graphAnswer(engine, 'OpenAI', 9).canonical).toEqual({ company: 'openai', depth: 3 });
    expect(graphAnswer(engine, 'OpenAI', 0).canonical).toEqual({ company: 'openai', depth: 1 });
  });

  it('says so, without a picture, for a company with no deals', () => {
    const answer = graphAnswer(fixtureEngine(), 'Delta Systems', 1);
    expect(answer.status).toBe('empty');
    expect(answer.image).toBeUndefined();
    expect(text(answer)).toContain('Délta Systems has no deals in the knowledge base');
    const child = graphAnswer(engine, 'Annapurna Labs', 1);
    expect(child.status).toBe('empty');
    expect(commandText(child.suggestions![0]!.command, catalog('en'))).toBe('/graph company:Amazon');
  });

  it('passes names that do not resolve to the usual did-you-mean answer', () => {
    expect(graphAnswer(engine, 'Antrhopic').status).toBe('ok');
    const answer = graphAnswer(engine, 'zzzz nothing');
    expect(answer.status).toBe('not-found');
    expect(answer.image).toBeUndefined();
  });
});

describe('/loops', () => {
  const engine = realEngine();

  it('lists each loop with the deals, amounts, dates and sources on each leg', () => {
    const answer = loopsAnswer(engine, 'Amazon');
    expect(answer.status).toBe('ok');
    const out = text(answer);
    expect(out).toContain('Amazon ⇄ Anthropic');
    expect(out).toMatch(/Amazon → Anthropic: up to \$25 billion equity investment \(Apr 2026\) \[\d+\]/);
    expect(out).toMatch(/Anthropic → Amazon: more than \$100 billion compute contract \(Apr 2026\) \[\d+\]/);
    expect(answer.image?.name).toBe('loops-amazon.png');
  });

  it('lists every loop without a company, Microsoft ⇄ OpenAI among them', () => {
    const answer = loopsAnswer(engine);
    expect(answer.status).toBe('ok');
    expect(answer.blocks.map((b) => b.heading)).toEqual(
      expect.arrayContaining([expect.stringContaining('Microsoft ⇄ OpenAI')]),
    );
  });

  it('answers empty, without a picture, when no loop goes through the company', () => {
    const answer = loopsAnswer(engine, 'Disney');
    expect(answer.status).toBe('empty');
    expect(answer.image).toBeUndefined();
    expect(text(answer)).toContain('No money loop goes through Disney');
  });
});

describe('/timeline', () => {
  const engine = realEngine();

  it('lists valuations and deals oldest first, with sources', () => {
    const answer = timelineAnswer(engine, 'Anthropic');
    expect(answer.status).toBe('ok');
    const out = text(answer);
    expect(out).toContain('Valuations');
    expect(out).toMatch(/Sep 2023: ▲ Amazon \$8B · equity investment/);
    expect(answer.image?.name).toBe('timeline-anthropic.png');
  });

  it('says so for a company with no deals', () => {
    const answer = timelineAnswer(engine, 'Bedrock Robotics');
    expect(answer.status).toBe('empty');
    expect(answer.image).toBeUndefined();
  });
});

describe('the commands and the transports', () => {
  it('define company options with autocomplete, depth 1–3 and hide, localized', () => {
    const depth = graph.data.options?.find((o) => o.name === 'depth');
    expect(depth).toMatchObject({ type: 4, min_value: 1, max_value: 3, required: false });
    for (const command of [graph, loops, timeline]) {
      const company = command.data.options?.find((o) => o.name === 'company');
      expect(company && isCompanyOption(company)).toBe(true);
      expect(command.data.options?.at(-1)?.name).toBe('hide');
      expect(command.data.name_localizations?.it).toBeTruthy();
      expect(command.autocomplete).toBeDefined();
    }
    expect(loops.data.options?.find((o) => o.name === 'company')?.required).toBe(false);
  });

  it('run from their options', () => {
    const engine = realEngine();
    const options = optionReader(
      new Map<string, string | number>([
        ['company', 'OpenAI'],
        ['depth', 2],
      ]),
    );
    const answer = graph.execute({ engine, options, lang: 'en' });
    expect(answer.canonical).toEqual({ company: 'openai', depth: 2 });
    const none = optionReader(new Map());
    expect(loops.execute({ engine, options: none, lang: 'en' }).title).toBe('Money loops');
  });

  it('attach the picture to the Discord message and save it for the console', () => {
    const answer = graphAnswer(fixtureEngine(), 'Alpha', 1);
    const image = answer.image!;
    const none = () => undefined;
    const message = attachImage(
      renderAnswer(answer, {
        page: 0,
        ephemeral: false,
        ids: { page: none, sources: none },
        t: catalog('en'),
        image,
      }),
      image,
    );
    expect(pictureUrl(message)).toBe('attachment://money-alpha-1.png');
    expect(message.files?.map((f) => f.name)).toEqual(['money-alpha-1.png']);
    const dir = mkdtempSync(join(tmpdir(), 'graph-'));
    const path = saveImage(image, dir);
    expect(path).toBe(join(dir, 'money-alpha-1.png'));
    expect(readFileSync(path).subarray(1, 4).toString()).toBe('PNG');
    expect(timelineAnswer(fixtureEngine(), 'Delta Systems').image).toBeUndefined();
  });
});
