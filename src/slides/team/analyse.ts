/**
 * Team analysis: the team overview (who covers which accounts) from the Team sheet and the RACI
 * matrix with its rule flags from the RACI sheet; each part is present when its sheet is.
 */
import type { KamModel } from '../../model/model.js';
import { analyseRaci, personCounts, type LetterCounts, type RaciResult } from './analyse-raci.js';
import { analyseCoverage, type MemberCoverage, type TeamCoverage } from './coverage.js';

export const TEAM_VIEWS = ['all', 'overview', 'raci'] as const;

export interface TeamParams {
  /** Which slides: the overview, the RACI matrix, or both (default). */
  show: (typeof TEAM_VIEWS)[number];
  /** RACI activities per slide before the matrix continues on the next slide. */
  rowsPerSlide: number;
  /** Person cards per overview slide before the overview continues. */
  cardsPerSlide: number;
}

export const DEFAULT_TEAM_PARAMS: TeamParams = { show: 'all', rowsPerSlide: 12, cardsPerSlide: 12 };

export interface MemberResult extends MemberCoverage {
  /** Activities the person holds each RACI letter for; undefined without a RACI sheet. */
  raci: LetterCounts | undefined;
}

export interface TeamOverview extends Omit<TeamCoverage, 'members'> {
  members: MemberResult[];
}

export interface TeamResult {
  overview: TeamOverview | undefined;
  raci: RaciResult | undefined;
  rowsPerSlide: number;
  cardsPerSlide: number;
}

function overviewOf(model: KamModel): TeamOverview | undefined {
  const team = model.team?.team;
  if (team === undefined) return undefined;
  const coverage = analyseCoverage(model, team);
  const raci = model.team?.raci;
  return {
    ...coverage,
    members: coverage.members.map((member) => ({
      ...member,
      raci: raci === undefined ? undefined : personCounts(raci, member.name),
    })),
  };
}

export function analyseTeam(model: KamModel, params: TeamParams): TeamResult {
  const raci = model.team?.raci;
  return {
    overview: params.show === 'raci' ? undefined : overviewOf(model),
    raci:
      params.show === 'overview' || raci === undefined
        ? undefined
        : analyseRaci(raci, model.team?.team),
    rowsPerSlide: params.rowsPerSlide,
    cardsPerSlide: params.cardsPerSlide,
  };
}
