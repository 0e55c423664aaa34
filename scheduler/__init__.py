"""The first-day chase (CHASE.md): from a register's close to the right person, exactly once.

- `registers`: where absences come from (`record_register`, `sign_in_late`);
- `close`: what a session's close does (register-not-taken and bulk-hold guards, chases started);
- `ladder`: a pupil's rungs (messages, tasks) and whether the chase is still live;
- `engine`: claiming and running due steps exactly once (`tick`); `loop`: the worker loop;
- `holds`: the office's release or cancel of a bulk-send hold;
- `simulate`: `rollcall simulate`; `wording`: the message in the contact's language;
- `apikeys`: the per-school key of the MIS push (`api/registers.py`).
"""
