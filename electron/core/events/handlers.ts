import type { eventsProcedures } from '../../../shared/api/events';
import { listEvents } from '../db/directory';
import type { Handlers } from '../procedure';
import { eventsFollowUps, eventsLogMeeting, eventsOutcome } from './after';
import {
  attendanceCheckIn,
  attendancePairBuddies,
  attendanceSetRsvp,
  eventsAttendees,
  eventsCheckInSearch,
  eventsInvite,
  eventsInviteCount,
  eventsSuggestions,
} from './attendance';
import { eventsCheckInSheet, eventsExportAttendees, eventsExportIcs } from './exports';
import { eventsCalendar, eventsConflicts, eventsCreate, eventsGet, eventsUpdate } from './service';

/** Events end to end, and who attends them (attendance.* is this area's companion namespace). */
export const eventsHandlers = {
  'events.list': (db, input) => listEvents(db, input, new Date().toISOString()),
  'events.get': eventsGet,
  'events.create': eventsCreate,
  'events.update': eventsUpdate,
  'events.conflicts': eventsConflicts,
  'events.calendar': eventsCalendar,
  'events.attendees': eventsAttendees,
  'events.inviteCount': eventsInviteCount,
  'events.invite': eventsInvite,
  'events.suggestions': eventsSuggestions,
  'attendance.setRsvp': attendanceSetRsvp,
  'attendance.checkIn': attendanceCheckIn,
  'attendance.pairBuddies': attendancePairBuddies,
  'events.checkInSearch': eventsCheckInSearch,
  'events.followUps': eventsFollowUps,
  'events.logMeeting': eventsLogMeeting,
  'events.outcome': eventsOutcome,
  'events.exportIcs': eventsExportIcs,
  'events.exportAttendees': eventsExportAttendees,
  'events.checkInSheet': eventsCheckInSheet,
} satisfies Handlers<typeof eventsProcedures>;
