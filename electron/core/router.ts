import { contract as c, type Contract, type ProcedureName } from '../../shared/api/contract';
import { contactsList, employersIndustries, employersList, eventsList } from './directory/service';
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
};
