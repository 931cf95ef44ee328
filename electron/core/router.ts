import { contract as c, type Contract, type ProcedureName } from '../../shared/api/contract';
import {
  connectionsCreate,
  connectionsDelete,
  connectionsForStudent,
  connectionsUpdate,
  interactionsBulkCreate,
  interactionsCreate,
  interactionsDelete,
  interactionsUpdate,
} from './connections/service';
import {
  contactsConnections,
  contactsCreate,
  contactsDelete,
  contactsDeletePreview,
  contactsDuplicates,
  contactsGet,
  contactsMerge,
  contactsMergePreview,
  contactsOptions,
  contactsPlacementsSupervised,
  contactsUpdate,
} from './contacts/service';
import { contactsList, employersIndustries, employersList, eventsList } from './directory/service';
import { employersCreate, employersGet, employersOptions, employersPlacements, employersUpdate } from './employers/service';
import { keepInTouchLosingTouch, keepInTouchUpdateWindows, keepInTouchWindows } from './keep-in-touch/service';
import { milestonesCreate, milestonesForStudent, milestonesMarkSent } from './milestones/service';
import { placementsCreate, placementsDelete, placementsForStudent, placementsUpdate } from './placements/service';
import { studentsTimeline } from './students/timeline';
import {
  goalTemplatesList,
  goalTemplatesSave,
  goalsApplyTemplate,
  goalsCreate,
  goalsDelete,
  goalsForStudent,
  goalsMarkMet,
  goalsNextRung,
  goalsSetDropped,
  goalsTryAgain,
  goalsUpdate,
} from './goals/service';
import { dashboardExport } from './dashboard/export';
import { dashboardOffice } from './dashboard/service';
import { dashboardGoals } from './goals/dashboard';
import { auditList } from './office/audit';
import { dataVersion } from './db/data-version';
import { backupsCreate, backupsList, backupsPreviewKeep, backupsRestore, backupsSetKeep } from './backups/service';
import { importsCommit, importsPreview } from './import/service';
import { dashboardReadiness } from './readiness/dashboard';
import { exportsReadinessReport, exportsReferenceList, exportsReferences } from './readiness/exports';
import { readinessRulesGet, readinessRulesUpdate, readinessStudent } from './readiness/service';
import { eventsCalendar, eventsConflicts, eventsCreate, eventsGet, eventsUpdate } from './events/service';
import {
  attendanceCheckIn,
  attendancePairBuddies,
  attendanceSetRsvp,
  eventsAttendees,
  eventsCheckInSearch,
  eventsInvite,
  eventsInviteCount,
  eventsSuggestions,
} from './events/attendance';
import { eventsFollowUps, eventsLogMeeting, eventsOutcome } from './events/after';
import { eventsCheckInSheet, eventsExportAttendees, eventsExportIcs } from './events/exports';
import { wrapUpForStudent, wrapUpTemplates, wrapUpUpdateTemplates } from './wrap-up/service';
import {
  advisorsList,
  appStatus,
  auditRecent,
  createAdvisor,
  loadDemo,
  quickSearch,
  startEmpty,
} from './office/service';
import { getSettings, updateSettings } from './office/settings';
import { procedure, type Procedure } from './procedure';
import {
  studentsCreate,
  studentsFacets,
  studentsGet,
  studentsList,
  studentsNetworkSummary,
  studentsSetStatus,
  studentsUpdate,
} from './students/service';
import { viewsDelete, viewsList, viewsSave } from './views/service';

export type Router = { [K in ProcedureName]: Procedure<Contract[K]['input'], Contract[K]['output']> };

/** Procedure name → handler. A procedure in the contract without a handler here is a compile error. */
export const router: Router = {
  'office.dataVersion': procedure(c['office.dataVersion'], (db) => dataVersion(db)),
  'app.status': procedure(c['app.status'], (db) => appStatus(db)),
  'app.loadDemo': procedure(c['app.loadDemo'], (db, input) => loadDemo(db, input)),
  'app.startEmpty': procedure(c['app.startEmpty'], (db) => startEmpty(db)),
  'settings.get': procedure(c['settings.get'], (db) => getSettings(db)),
  'settings.update': procedure(c['settings.update'], (db, input) => updateSettings(db, input)),
  'advisors.list': procedure(c['advisors.list'], (db) => advisorsList(db)),
  'advisors.create': procedure(c['advisors.create'], (db, input) => createAdvisor(db, input)),
  'search.quick': procedure(c['search.quick'], (db, input) => quickSearch(db, input)),
  'audit.recent': procedure(c['audit.recent'], (db, input) => auditRecent(db, input)),
  'students.list': procedure(c['students.list'], (db, input) => studentsList(db, input)),
  'students.get': procedure(c['students.get'], (db, input) => studentsGet(db, input)),
  'students.create': procedure(c['students.create'], (db, input) => studentsCreate(db, input)),
  'students.update': procedure(c['students.update'], (db, input) => studentsUpdate(db, input)),
  'students.setStatus': procedure(c['students.setStatus'], (db, input) => studentsSetStatus(db, input)),
  'students.networkSummary': procedure(c['students.networkSummary'], (db, input) => studentsNetworkSummary(db, input)),
  'students.facets': procedure(c['students.facets'], (db) => studentsFacets(db)),
  'contacts.list': procedure(c['contacts.list'], (db, input) => contactsList(db, input)),
  'employers.list': procedure(c['employers.list'], (db, input) => employersList(db, input)),
  'employers.industries': procedure(c['employers.industries'], (db) => employersIndustries(db)),
  'events.list': procedure(c['events.list'], (db, input) => eventsList(db, input)),
  'contacts.get': procedure(c['contacts.get'], (db, input) => contactsGet(db, input)),
  'contacts.create': procedure(c['contacts.create'], (db, input) => contactsCreate(db, input)),
  'contacts.update': procedure(c['contacts.update'], (db, input) => contactsUpdate(db, input)),
  'contacts.deletePreview': procedure(c['contacts.deletePreview'], (db, input) => contactsDeletePreview(db, input)),
  'contacts.delete': procedure(c['contacts.delete'], (db, input) => contactsDelete(db, input)),
  'contacts.duplicates': procedure(c['contacts.duplicates'], (db, input) => contactsDuplicates(db, input)),
  'contacts.merge': procedure(c['contacts.merge'], (db, input) => contactsMerge(db, input)),
  'contacts.mergePreview': procedure(c['contacts.mergePreview'], (db, input) => contactsMergePreview(db, input)),
  'contacts.connections': procedure(c['contacts.connections'], (db, input) => contactsConnections(db, input)),
  'contacts.placementsSupervised': procedure(c['contacts.placementsSupervised'], (db, input) => contactsPlacementsSupervised(db, input)),
  'contacts.options': procedure(c['contacts.options'], (db, input) => contactsOptions(db, input)),
  'employers.get': procedure(c['employers.get'], (db, input) => employersGet(db, input)),
  'employers.create': procedure(c['employers.create'], (db, input) => employersCreate(db, input)),
  'employers.update': procedure(c['employers.update'], (db, input) => employersUpdate(db, input)),
  'employers.options': procedure(c['employers.options'], (db, input) => employersOptions(db, input)),
  'employers.placements': procedure(c['employers.placements'], (db, input) => employersPlacements(db, input)),
  'connections.forStudent': procedure(c['connections.forStudent'], (db, input) => connectionsForStudent(db, input)),
  'connections.create': procedure(c['connections.create'], (db, input) => connectionsCreate(db, input)),
  'connections.update': procedure(c['connections.update'], (db, input) => connectionsUpdate(db, input)),
  'connections.delete': procedure(c['connections.delete'], (db, input) => connectionsDelete(db, input)),
  'placements.forStudent': procedure(c['placements.forStudent'], (db, input) => placementsForStudent(db, input)),
  'placements.create': procedure(c['placements.create'], (db, input) => placementsCreate(db, input)),
  'placements.update': procedure(c['placements.update'], (db, input) => placementsUpdate(db, input)),
  'placements.delete': procedure(c['placements.delete'], (db, input) => placementsDelete(db, input)),
  'interactions.create': procedure(c['interactions.create'], (db, input) => interactionsCreate(db, input)),
  'interactions.bulkCreate': procedure(c['interactions.bulkCreate'], (db, input) => interactionsBulkCreate(db, input)),
  'interactions.update': procedure(c['interactions.update'], (db, input) => interactionsUpdate(db, input)),
  'interactions.delete': procedure(c['interactions.delete'], (db, input) => interactionsDelete(db, input)),
  'students.timeline': procedure(c['students.timeline'], (db, input) => studentsTimeline(db, input)),
  'keepInTouch.windows': procedure(c['keepInTouch.windows'], (db) => keepInTouchWindows(db)),
  'keepInTouch.updateWindows': procedure(c['keepInTouch.updateWindows'], (db, input) => keepInTouchUpdateWindows(db, input)),
  'keepInTouch.losingTouch': procedure(c['keepInTouch.losingTouch'], (db, input) => keepInTouchLosingTouch(db, input)),
  'wrapUp.forStudent': procedure(c['wrapUp.forStudent'], (db, input) => wrapUpForStudent(db, input)),
  'wrapUp.templates': procedure(c['wrapUp.templates'], (db) => wrapUpTemplates(db)),
  'wrapUp.updateTemplates': procedure(c['wrapUp.updateTemplates'], (db, input) => wrapUpUpdateTemplates(db, input)),
  'milestones.forStudent': procedure(c['milestones.forStudent'], (db, input) => milestonesForStudent(db, input)),
  'milestones.create': procedure(c['milestones.create'], (db, input) => milestonesCreate(db, input)),
  'milestones.markSent': procedure(c['milestones.markSent'], (db, input) => milestonesMarkSent(db, input)),
  'goals.forStudent': procedure(c['goals.forStudent'], (db, input) => goalsForStudent(db, input)),
  'goals.create': procedure(c['goals.create'], (db, input) => goalsCreate(db, input)),
  'goals.update': procedure(c['goals.update'], (db, input) => goalsUpdate(db, input)),
  'goals.setDropped': procedure(c['goals.setDropped'], (db, input) => goalsSetDropped(db, input)),
  'goals.markMet': procedure(c['goals.markMet'], (db, input) => goalsMarkMet(db, input)),
  'goals.tryAgain': procedure(c['goals.tryAgain'], (db, input) => goalsTryAgain(db, input)),
  'goals.delete': procedure(c['goals.delete'], (db, input) => goalsDelete(db, input)),
  'goals.nextRung': procedure(c['goals.nextRung'], (db, input) => goalsNextRung(db, input)),
  'goals.applyTemplate': procedure(c['goals.applyTemplate'], (db, input) => goalsApplyTemplate(db, input)),
  'goalTemplates.list': procedure(c['goalTemplates.list'], (db) => goalTemplatesList(db)),
  'goalTemplates.save': procedure(c['goalTemplates.save'], (db, input) => goalTemplatesSave(db, input)),
  'events.get': procedure(c['events.get'], (db, input) => eventsGet(db, input)),
  'events.create': procedure(c['events.create'], (db, input) => eventsCreate(db, input)),
  'events.update': procedure(c['events.update'], (db, input) => eventsUpdate(db, input)),
  'events.conflicts': procedure(c['events.conflicts'], (db, input) => eventsConflicts(db, input)),
  'events.calendar': procedure(c['events.calendar'], (db, input) => eventsCalendar(db, input)),
  'events.attendees': procedure(c['events.attendees'], (db, input) => eventsAttendees(db, input)),
  'events.inviteCount': procedure(c['events.inviteCount'], (db, input) => eventsInviteCount(db, input)),
  'events.invite': procedure(c['events.invite'], (db, input) => eventsInvite(db, input)),
  'events.suggestions': procedure(c['events.suggestions'], (db, input) => eventsSuggestions(db, input)),
  'attendance.setRsvp': procedure(c['attendance.setRsvp'], (db, input) => attendanceSetRsvp(db, input)),
  'attendance.checkIn': procedure(c['attendance.checkIn'], (db, input) => attendanceCheckIn(db, input)),
  'attendance.pairBuddies': procedure(c['attendance.pairBuddies'], (db, input) => attendancePairBuddies(db, input)),
  'events.checkInSearch': procedure(c['events.checkInSearch'], (db, input) => eventsCheckInSearch(db, input)),
  'events.followUps': procedure(c['events.followUps'], (db, input) => eventsFollowUps(db, input)),
  'events.logMeeting': procedure(c['events.logMeeting'], (db, input) => eventsLogMeeting(db, input)),
  'events.outcome': procedure(c['events.outcome'], (db, input) => eventsOutcome(db, input)),
  'events.exportIcs': procedure(c['events.exportIcs'], (db, input) => eventsExportIcs(db, input)),
  'events.exportAttendees': procedure(c['events.exportAttendees'], (db, input) => eventsExportAttendees(db, input)),
  'events.checkInSheet': procedure(c['events.checkInSheet'], (db, input) => eventsCheckInSheet(db, input)),
  'dashboard.goals': procedure(c['dashboard.goals'], (db, input) => dashboardGoals(db, input)),
  'dashboard.office': procedure(c['dashboard.office'], (db, input) => dashboardOffice(db, input)),
  'dashboard.export': procedure(c['dashboard.export'], (db, input) => dashboardExport(db, input)),
  'readiness.rules': procedure(c['readiness.rules'], (db) => readinessRulesGet(db)),
  'readiness.updateRules': procedure(c['readiness.updateRules'], (db, input) => readinessRulesUpdate(db, input)),
  'readiness.student': procedure(c['readiness.student'], (db, input) => readinessStudent(db, input)),
  'dashboard.readiness': procedure(c['dashboard.readiness'], (db, input) => dashboardReadiness(db, input)),
  'exports.referenceList': procedure(c['exports.referenceList'], (db, input) => exportsReferenceList(db, input)),
  'exports.references': procedure(c['exports.references'], (db, input) => exportsReferences(db, input)),
  'exports.readinessReport': procedure(c['exports.readinessReport'], (db, input) => exportsReadinessReport(db, input)),
  'audit.list': procedure(c['audit.list'], (db, input) => auditList(db, input)),
  'imports.preview': procedure(c['imports.preview'], (db, input) => importsPreview(db, input)),
  'imports.commit': procedure(c['imports.commit'], (db, input) => importsCommit(db, input)),
  'backups.list': procedure(c['backups.list'], (db) => backupsList(db)),
  'backups.create': procedure(c['backups.create'], (db) => backupsCreate(db)),
  'backups.setKeep': procedure(c['backups.setKeep'], (db, input) => backupsSetKeep(db, input)),
  'backups.previewKeep': procedure(c['backups.previewKeep'], (db, input) => backupsPreviewKeep(db, input)),
  'backups.restore': procedure(c['backups.restore'], (db, input) => backupsRestore(db, input)),
  'views.list': procedure(c['views.list'], (db, input) => viewsList(db, input)),
  'views.save': procedure(c['views.save'], (db, input) => viewsSave(db, input)),
  'views.delete': procedure(c['views.delete'], (db, input) => viewsDelete(db, input)),
};
