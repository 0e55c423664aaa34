"""Rollcall's data model: SQLModel tables and the database plumbing. Uses no other Rollcall layer
except `core`."""

from models.attendance import AttendanceMark, MarkAmendment, MarkSource, MarkStatus, RegisterTaken
from models.audit import AuditEvent
from models.chase import BulkHold, Chase, ChaseStep  # noqa: F401
from models.conversation import Conversation, Evidence, OptOutEvent, RejectedInbound  # noqa: F401
from models.jobs import DailyJobRun  # noqa: F401
from models.leave import LeaveRequest, LeaveStatus  # noqa: F401
from models.messages import Channel, Direction, Message, MessageStatus, ParsedReport, ReportMark
from models.monitoring import Letter, LetterTemplate, ThresholdCrossing  # noqa: F401
from models.people import Contact, Pupil, PupilContact, Role, StaffRole, StaffUser
from models.school import ClosedDay, School, Trust
from models.tasks import StaffTask, TaskStatus

__all__ = [
    "AttendanceMark", "AuditEvent", "Channel", "ClosedDay", "Contact", "Direction", "MarkAmendment",
    "MarkSource", "MarkStatus", "Message", "MessageStatus", "ParsedReport", "Pupil", "PupilContact",
    "RegisterTaken", "ReportMark", "Role", "School", "StaffRole", "StaffTask", "StaffUser",
    "TaskStatus", "Trust",
]
