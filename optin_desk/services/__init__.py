"""Use cases: functions taking a Session; the only place that commits."""
