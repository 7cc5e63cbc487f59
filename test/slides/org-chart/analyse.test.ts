import { describe, expect, it } from 'vitest';
import type { DecisionPower, Relationship } from '../../../src/model/stakeholders.js';
import {
  analyseAccount,
  analyseOrgChart,
  isStakeholderToWin,
} from '../../../src/slides/org-chart/analyse.js';
import { headlineTarget } from '../../../src/slides/org-chart/text-data.js';
import { makeModel, seededRandom } from '../../helpers/model.js';
import { link, orgModel, person } from './fixtures.js';

describe('stakeholder to win = high decision power and not (yet) positive', () => {
  it.each<[DecisionPower, Relationship, boolean]>([
    ['High', 'Neutral', true],
    ['High', 'Negative', true],
    ['High', 'Positive', false],
    ['Medium', 'Negative', false],
    ['Medium', 'Neutral', false],
    ['Low', 'Negative', false],
  ])('%s power, %s relationship → %s', (decisionPower, relationship, expected) => {
    expect(isStakeholderToWin(person('P1', { decisionPower, relationship }))).toBe(expected);
  });
});

describe('the route to a stakeholder to win', () => {
  // CEO (positive, high) → EVP (neutral, high: the target); consultant (external, positive)
  // influences the EVP; a negative CIO also influences her; a positive CMO is in conflict with her.
  const people = [
    person('P1', { name: 'Cora CEO', decisionPower: 'High', relationship: 'Positive' }),
    person('P2', { name: 'Eva EVP', reportsTo: 'P1', decisionPower: 'High' }),
    person('P3', { name: 'Carl CIO', reportsTo: 'P2', relationship: 'Negative' }),
    person('P4', { name: 'Mia CMO', reportsTo: 'P1', relationship: 'Positive' }),
    person('C1', {
      name: 'Hal Consultant',
      organisation: 'Halden & Crane',
      relationship: 'Positive',
    }),
  ];
  const influences = [link('C1', 'P2'), link('P3', 'P2'), link('P4', 'P2', 'Conflict')];
  const chart = analyseAccount('A1', 'Acme Health', people, influences);

  it('names the positive influencer as the route and the negative one as an opposer', () => {
    expect(chart.targets.map((t) => t.person.id)).toEqual(['P2']);
    expect(chart.targets[0]?.via.map((p) => p.id)).toEqual(['C1']);
    expect(chart.targets[0]?.opposers.map((p) => p.id)).toEqual(['P3']);
  });

  it('a conflict line or a neutral influencer is no route', () => {
    const neutral = people.map((p) =>
      p.id === 'C1' ? { ...p, relationship: 'Neutral' as const } : p,
    );
    const result = analyseAccount('A1', 'Acme Health', neutral, influences);
    // C1 is neutral now; P4 is positive but linked by Conflict only.
    expect(result.targets[0]?.via).toEqual([]);
  });

  it('influence lines of other accounts are ignored', () => {
    const other = { ...link('C1', 'P2'), accountId: 'A2' };
    expect(analyseAccount('A1', 'Acme', people, [other]).targets[0]?.via).toEqual([]);
  });

  it('the headline takes the most senior target with a route, else the most senior', () => {
    expect(headlineTarget(chart)?.person.id).toBe('P2');
    // Add a more senior target (a neutral, high-power chair at the top) without a route.
    const chair = person('P0', { name: 'Zoe Chair', decisionPower: 'High' });
    const withChair = analyseAccount('A1', 'Acme', [chair, ...people], influences);
    expect(withChair.targets.map((t) => t.person.id)).toEqual(['P0', 'P2']);
    expect(headlineTarget(withChair)?.person.id).toBe('P2');
    const noRoutes = analyseAccount('A1', 'Acme', [chair, ...people], []);
    expect(headlineTarget(noRoutes)?.person.id).toBe('P0');
  });
});

describe('ordering conventions', () => {
  it('targets: most senior first, then Negative before Neutral, then name, then id', () => {
    const people = [
      person('R', { name: 'Root', decisionPower: 'High' }),
      person('A', { name: 'Zed', reportsTo: 'R', decisionPower: 'High' }),
      person('B', { name: 'Yan', reportsTo: 'R', decisionPower: 'High', relationship: 'Negative' }),
      person('D', { name: 'Abe', reportsTo: 'R', decisionPower: 'High' }),
      person('C', { name: 'Abe', reportsTo: 'R', decisionPower: 'High' }),
    ];
    // depth 0: R; depth 1: B (negative) first, then the neutrals by name (Abe, Abe, Zed), ids C < D.
    const chart = analyseAccount('A1', 'Acme', people, []);
    expect(chart.targets.map((t) => t.person.id)).toEqual(['R', 'B', 'C', 'D', 'A']);
  });

  it('influencers: High power first, then key contacts, then name', () => {
    const people = [
      person('T', { name: 'Target', decisionPower: 'High' }),
      person('I1', { name: 'Amy', relationship: 'Positive', decisionPower: 'Low' }),
      person('I2', {
        name: 'Bob',
        relationship: 'Positive',
        decisionPower: 'Low',
        keyContact: true,
      }),
      person('I3', { name: 'Cid', relationship: 'Positive', decisionPower: 'High' }),
      person('I4', { name: 'Ann', relationship: 'Positive', decisionPower: 'Low' }),
    ];
    const links = ['I1', 'I2', 'I3', 'I4'].map((from) => link(from, 'T'));
    const via = analyseAccount('A1', 'Acme', people, links).targets[0]?.via.map((p) => p.id);
    // I3 (High); then the Low ones: I2 (key contact), then by name Amy (I1) before Ann (I4).
    expect(via).toEqual(['I3', 'I2', 'I1', 'I4']);
  });
});

describe('the reporting forest', () => {
  const people = [
    person('P1', { name: 'Top' }),
    person('P2', { reportsTo: 'P1' }),
    person('X1', { organisation: 'Halden & Crane' }),
    person('P3', { reportsTo: 'P2' }),
    person('P4', { reportsTo: 'P1' }),
    person('X2', { organisation: 'halden  & crane', reportsTo: 'X1' }),
    person('Y1', { organisation: 'Corvid EHR' }),
    person('X3', { organisation: 'HALDEN & CRANE' }),
    // An adviser reporting into the client is drawn in the client's tree.
    person('X4', { organisation: 'Halden & Crane', reportsTo: 'P4' }),
  ];
  const chart = analyseAccount('A1', 'Acme Health', people, []);
  const byId = new Map(chart.people.map((p) => [p.id, p]));

  it('gives each person a depth, reports in sheet order and a top', () => {
    expect(byId.get('P1')).toMatchObject({ depth: 0, reports: ['P2', 'P4'], rootId: 'P1' });
    expect(byId.get('P3')).toMatchObject({ depth: 2, reports: [], rootId: 'P1' });
    expect(byId.get('X4')).toMatchObject({ depth: 2, rootId: 'P1' });
  });

  it('groups tops: the client first, then organisations by first appearance, names matched loosely', () => {
    expect(chart.groups).toEqual([
      { label: 'Acme Health', roots: ['P1'] },
      { organisation: 'Halden & Crane', label: 'Halden & Crane', roots: ['X1', 'X3'] },
      { organisation: 'Corvid EHR', label: 'Corvid EHR', roots: ['Y1'] },
    ]);
  });

  it('counts the people by relationship, power and organisation', () => {
    expect(chart.counts).toEqual({
      people: 9,
      positive: 0,
      neutral: 9,
      negative: 0,
      highPower: 0,
      keyContacts: 0,
      external: 5,
    });
  });
});

describe('analyseOrgChart over the model', () => {
  it('makes one chart per account with stakeholders, in Accounts sheet order', () => {
    const model = {
      ...makeModel(
        ['FY2026'],
        [
          { id: 'K2', name: 'Second', revenue: [1] },
          { id: 'K1', name: 'First', revenue: [2] },
          { id: 'K3', name: 'Empty', revenue: [3] },
        ],
      ),
      stakeholders: {
        sheet: 'People',
        people: [person('A', { accountId: 'K1' }), person('B', { accountId: 'K2' })],
        influences: [],
      },
    };
    const result = analyseOrgChart(model, {});
    expect(result.sheet).toBe('People');
    expect(result.charts.map((c) => [c.accountId, c.accountName])).toEqual([
      ['K2', 'Second'],
      ['K1', 'First'],
    ]);
    expect(analyseOrgChart(model, { account: 'K1' }).charts.map((c) => c.accountId)).toEqual([
      'K1',
    ]);
  });

  it('ignores people of accounts not in the model (a batch deck of other accounts)', () => {
    const model = orgModel([person('A'), person('B', { accountId: 'ELSEWHERE' })]);
    const charts = analyseOrgChart(model, {}).charts;
    expect(charts).toHaveLength(1);
    expect(charts[0]?.people.map((p) => p.id)).toEqual(['A']);
  });

  it('no Stakeholders sheet → no charts; a single person is one tree and, if high and neutral, the target', () => {
    expect(analyseOrgChart(makeModel(['FY2026'], [{ id: 'A1', revenue: [1] }]), {}).charts).toEqual(
      [],
    );
    const alone = analyseOrgChart(orgModel([person('P1', { decisionPower: 'High' })]), {});
    expect(alone.charts[0]?.groups).toEqual([{ label: 'Acme Health', roots: ['P1'] }]);
    expect(alone.charts[0]?.targets.map((t) => t.person.id)).toEqual(['P1']);
  });

  it('large N: 2,000 random people form a forest that covers everyone exactly once', () => {
    const random = seededRandom(3);
    const people = Array.from({ length: 2000 }, (_, index) =>
      person(`P${index}`, {
        // Each person reports to an earlier one (or nobody): never a cycle.
        ...(index > 0 && random() < 0.97 ? { reportsTo: `P${Math.floor(random() * index)}` } : {}),
        decisionPower: (['High', 'Medium', 'Low'] as const)[Math.floor(random() * 3)],
        relationship: (['Positive', 'Neutral', 'Negative'] as const)[Math.floor(random() * 3)],
      }),
    );
    const chart = analyseAccount('A1', 'Acme', people, []);
    const roots = chart.groups.flatMap((g) => g.roots);
    const reports = chart.people.reduce((sum, p) => sum + p.reports.length, 0);
    expect(roots.length + reports).toBe(2000);
    expect(chart.targets).toHaveLength(people.filter(isStakeholderToWin).length);
    const depths = chart.targets.map((t) => t.person.depth);
    expect(depths).toEqual([...depths].sort((a, b) => a - b));
  });
});
