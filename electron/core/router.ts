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
import { wrapUpForStudent, wrapUpTemplates, wrapUpUpdateTemplates } from './wrap-up/service';
import {
  advisorsList,
  appStatus,
  auditRecent,
  createAdvisor,
  dashboardOverview,
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

export type Router = { [K in ProcedureName]: Procedure<Contract[K]['input'], Contract[K]['output']> };

/** Procedure name → handler. A procedure in the contract without a handler here is a compile error. */
export const router: Router = {
  'app.status': procedure(c['app.status'], (db) => appStatus(db)),
  'app.loadDemo': procedure(c['app.loadDemo'], (db, input) => loadDemo(db, input)),
  'app.startEmpty': procedure(c['app.startEmpty'], (db) => startEmpty(db)),
  'settings.get': procedure(c['settings.get'], (db) => getSettings(db)),
  'settings.update': procedure(c['settings.update'], (db, input) => updateSettings(db, input)),
  'advisors.list': procedure(c['advisors.list'], (db) => advisorsList(db)),
  'advisors.create': procedure(c['advisors.create'], (db, input) => createAdvisor(db, input)),
  'dashboard.overview': procedure(c['dashboard.overview'], (db) => dashboardOverview(db)),
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
};
