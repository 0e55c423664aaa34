"""Pure building blocks shared by every part of Rollcall: settings, clock, school calendar."""
