import type { ParsedInput, ProcedureOutput } from '../../../shared/api/contract';
import type { DashboardFilter } from '../../../shared/api/dashboard';
import { readinessLevelLabels } from '../../../shared/domain';
import { writeAudit } from '../db/audit';
import type { Db } from '../db/client';
import { findAdvisor } from '../db/advisors';
import { dayIn, readableDate } from '../dates';
import { officeDateFormat, officeTimeZone, officeToday } from '../db/office-day';
import { exportMimeTypes } from '../export/file-name';
import { calendarDay, workbookXlsx, type Cell, type ExportTable } from '../export/table';
import { byGroupName, byGroupYear } from '../../../shared/group-order';
import { dashboardGoals } from './goals';
import { currentActor, getSettings } from '../office/settings';
import { dashboardReadiness } from './readiness';
import { dashboardOffice } from './service';

/** A share as a fraction (0.42), shown as 42% by the column's format; none when there is nothing to share. */
const share = (part: number, whole: number): Cell => (whole > 0 ? part / whole : null);

/** "Advisor Dana Lee · Cohort Scholars 2026 · Fall 2026", the scope written into every sheet's title. */
function describe(db: Db, filter: DashboardFilter, termName: string): string {
  const advisor = filter.advisorId === undefined ? undefined : (findAdvisor(db, filter.advisorId)?.name ?? `#${filter.advisorId}`);
  const parts = [
    advisor === undefined ? 'All advisors' : `Advisor ${advisor}`,
    filter.cohort === undefined ? null : `Cohort ${filter.cohort}`,
    filter.program === undefined ? null : `Program ${filter.program}`,
    filter.classYear === undefined ? null : `Class of ${filter.classYear}`,
    termName,
  ];
  return parts.filter((part) => part !== null).join(' · ');
}

/**
 * Every figure on the dashboard for the filter, one sheet per widget. Figures only: the "today" list
 * and "closest to ready" name students and stay on the screen, so no confidentiality hold can leak here.
 */
export async function dashboardExport(db: Db, input: ParsedInput<'dashboard.export'>, now = new Date()): Promise<ProcedureOutput<'dashboard.export'>> {
  const today = officeToday(db, now);
  const office = dashboardOffice(db, input, now);
  const goals = dashboardGoals(db, input, today);
  const readiness = dashboardReadiness(db, input, today);
  const scope = describe(db, input, office.term.name);
  const heading = (what: string) => `${what} — ${scope} — exported ${readableDate(today, officeDateFormat(db))}`;
  const ready = readiness.distribution.find((row) => row.level === 'ready')?.students ?? 0;
  type Groups = typeof readiness.byCohort;
  // In the dashboard's order (shared/group-order.ts); a class year is a number, "Not set" stays text.
  const groupTable = (sheetName: string, column: string, rows: Groups, year: boolean): ExportTable => ({
    sheetName,
    title: heading(`Reference-ready by ${column.toLowerCase()}`),
    header: [column, 'Active students', 'Reference-ready', 'Share'],
    widths: [30, 16, 16, 10],
    kinds: { [column]: year ? 'year' : 'text', 'Active students': 'integer', 'Reference-ready': 'integer', Share: 'percent' },
    rows: [...rows]
      .sort(year ? byGroupYear : byGroupName)
      .map((row) => [row.value === null ? 'Not set' : year ? Number(row.value) : row.value, row.students, row.ready, share(row.ready, row.students)]),
  });
  const zone = officeTimeZone(db);
  const funnel = office.funnel;
  const tables: ExportTable[] = [
    {
      sheetName: 'Summary',
      title: heading(`${getSettings(db).officeName} dashboard`),
      header: ['Figure', 'Value', 'Out of', 'Share'],
      widths: [44, 12, 12, 10],
      kinds: { Value: 'integer', 'Out of': 'integer', Share: 'percent' },
      rows: [
        ['Active students', goals.activeStudents, null, null],
        [`Goal met in ${goals.term.name}`, goals.withGoalMetInTerm, goals.activeStudents, share(goals.withGoalMetInTerm, goals.activeStudents)],
        ['No goal in progress', goals.withoutActiveGoal, goals.activeStudents, share(goals.withoutActiveGoal, goals.activeStudents)],
        [`Reference-ready (${readiness.target} ready references)`, ready, readiness.activeStudents, share(ready, readiness.activeStudents)],
        ['Upcoming events', office.upcomingEvents.events, null, null],
        [
          'Registered for upcoming events',
          office.upcomingEvents.registered,
          office.upcomingEvents.invited,
          share(office.upcomingEvents.registered, office.upcomingEvents.invited),
        ],
        ['Connections losing touch', office.losingTouch.connections, null, null],
        [
          'Students with a connection losing touch',
          office.losingTouch.students,
          goals.activeStudents,
          share(office.losingTouch.students, goals.activeStudents),
        ],
        ['Internship wrap-ups due', office.today.wrapUpsDue.total, null, null],
      ],
    },
    {
      sheetName: 'Goals per month',
      title: heading('Goals met per month'),
      header: ['Month', 'Goals met'],
      widths: [14, 12],
      kinds: { Month: 'month', 'Goals met': 'integer' },
      rows: goals.metPerMonth.map((m) => [calendarDay(`${m.month}-01`), m.met]),
    },
    {
      sheetName: 'Readiness',
      title: heading('Readiness distribution (active students, today)'),
      header: ['Level', 'Students', 'Share'],
      widths: [20, 12, 10],
      kinds: { Students: 'integer', Share: 'percent' },
      rows: readiness.distribution.map((row) => [readinessLevelLabels[row.level], row.students, share(row.students, readiness.activeStudents)]),
    },
    groupTable('By cohort', 'Cohort', readiness.byCohort, false),
    groupTable('By program', 'Program', readiness.byProgram, false),
    groupTable('By class year', 'Class year', readiness.byClassYear, true),
    {
      sheetName: 'Event funnel',
      title: heading(`Event funnel, ${funnel.events} events in ${office.term.name}`),
      header: ['Stage', 'Students', 'Share of invited'],
      widths: [40, 12, 18],
      kinds: { Students: 'integer', 'Share of invited': 'percent' },
      rows: [
        ['Invited', funnel.invited, share(funnel.invited, funnel.invited)],
        ['Registered', funnel.registered, share(funnel.registered, funnel.invited)],
        ['Attended', funnel.attended, share(funnel.attended, funnel.invited)],
        ['Followed up someone they met', funnel.followedUp, share(funnel.followedUp, funnel.invited)],
      ],
    },
    {
      sheetName: 'Goals by event',
      title: heading('Goal completion by event'),
      header: ['Event', 'Date', 'Goals', 'Met', 'Share'],
      widths: [44, 14, 10, 10, 10],
      kinds: { Date: 'date', Goals: 'integer', Met: 'integer', Share: 'percent' },
      // The event's day on the office's calendar (an evening event's UTC day can be the next one).
      rows: goals.completionByEvent.map((e) => [e.title, calendarDay(dayIn(zone, new Date(e.startsAt))), e.goals, e.met, share(e.met, e.goals)]),
    },
  ];
  const fileName = `dashboard-${office.term.name.replace(' ', '-').toLowerCase()}-${today}.xlsx`;
  const content = await workbookXlsx(tables);
  writeAudit(db, {
    actor: currentActor(db),
    action: 'export',
    entity: 'dashboard',
    count: tables.length,
    details: {
      format: 'xlsx',
      fileName,
      filter: Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
      sheets: tables.map((t) => t.sheetName),
    },
  });
  return { fileName, mimeType: exportMimeTypes.xlsx, base64: content.toString('base64') };
}
