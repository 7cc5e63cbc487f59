import { describe, expect, it } from 'vitest';
import { groupAccounts } from '../../src/batch/group-accounts.js';
import { restrictModel } from '../../src/batch/restrict-model.js';
import { buildDeckFromModel, loadModel } from '../../src/pipeline.js';

describe('restrictModel on the sample workbook', async () => {
  const { model } = await loadModel('sample-data/kam-sample.xlsx');
  const payer = groupAccounts(model.accounts, 'division').find(
    (group) => group.label === 'Payer Solutions',
  );
  const ids = new Set(payer?.accountIds ?? []);
  const restricted = restrictModel(model, ids, { by: 'division', value: 'Payer Solutions' });

  it('keeps only the group accounts in every account-keyed sheet', () => {
    expect(ids.size).toBe(10);
    expect(restricted.accounts.every((account) => ids.has(account.id))).toBe(true);
    expect(Object.keys(restricted.mrr?.values ?? {}).every((id) => ids.has(id))).toBe(true);
    expect(restricted.scoring?.accounts.every((row) => ids.has(row.accountId))).toBe(true);
    expect(restricted.sales?.lines.every((line) => ids.has(line.accountId))).toBe(true);
    expect(restricted.sales?.lines.length).toBeGreaterThan(0);
    expect(
      restricted.stakeholders?.people.every((person) => ids.has(person.accountId)) ?? true,
    ).toBe(true);
    expect(restricted.divisions?.divisions.every((row) => ids.has(row.accountId)) ?? true).toBe(
      true,
    );
    expect(
      restricted.timeline?.tasks.every(
        (task) => task.accountId === undefined || ids.has(task.accountId),
      ),
    ).toBe(true);
  });

  it('keeps the KAMs of the group and the team-wide roles, not KAMs of other divisions', () => {
    const groupKams = new Set(restricted.accounts.map((account) => account.kam));
    const allKams = new Set(model.accounts.map((account) => account.kam));
    const members = restricted.team?.team?.members ?? [];
    for (const member of members) {
      const isKam = allKams.has(member.name);
      if (isKam) expect(groupKams.has(member.name)).toBe(true);
    }
    const otherKams = [...allKams].filter((kam) => !groupKams.has(kam));
    expect(otherKams.length).toBeGreaterThan(0);
    expect(members.some((member) => otherKams.includes(member.name))).toBe(false);
    expect(members.some((member) => !allKams.has(member.name))).toBe(true);
  });

  it('leaves the full model untouched', () => {
    expect(model.accounts).toHaveLength(40);
    expect(restricted.deck.scope).toEqual({ by: 'division', value: 'Payer Solutions' });
    expect(model.deck.scope).toBeUndefined();
  });
});

describe('the scope of a batch deck on its title slide', async () => {
  const { model } = await loadModel('sample-data/kam-sample.xlsx');
  const payer = groupAccounts(model.accounts, 'division').find(
    (group) => group.label === 'Payer Solutions',
  );
  const restricted = restrictModel(model, new Set(payer?.accountIds ?? []), {
    by: 'division',
    value: 'Payer Solutions',
  });
  const titleText = async (locale: string, scoped = restricted) => {
    const { deck } = await buildDeckFromModel(
      { ...scoped, deck: { ...scoped.deck, locale } },
      { slides: ['title'] },
    );
    return JSON.stringify(deck.slides[0]);
  };

  it('is said in the language of the deck', async () => {
    expect(await titleText('en-US')).toContain('Division: Payer Solutions');
    expect(await titleText('it-IT')).toContain('Divisione: Payer Solutions');
    const byKam = restrictModel(model, new Set(payer?.accountIds ?? []), {
      by: 'kam',
      value: 'Dana Whitfield',
    });
    expect(await titleText('it-IT', byKam)).toContain('KAM: Dana Whitfield');
  });

  it('is absent from a deck of the whole portfolio', async () => {
    expect(await titleText('en-US', model)).not.toMatch(/Division:|Region:|KAM:/);
  });
});
