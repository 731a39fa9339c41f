from enum import StrEnum


class ConstraintKind(StrEnum):
    CONTRACT_TYPE = "contract_type"
    DRIVING_LICENCE = "driving_licence"
    FULL_TIME = "full_time"
    MOBILITY_RADIUS = "mobility_radius"
    NIGHT_WORK = "night_work"
    PART_TIME = "part_time"
    PHYSICAL_EFFORT = "physical_effort"
    REMOTE_WORK = "remote_work"
    SUNDAY_WORK = "sunday_work"
    VEHICLE = "vehicle"
    WEEKEND_WORK = "weekend_work"

    def __str__(self) -> str:
        return str(self.value)
