#include "activityrules.h"

namespace Atrium::ActivityRules {

using State = OutboxEntry::State;

bool isActive(State state)
{
    return state == State::Queued || state == State::Sending || state == State::Running;
}

bool canRetry(const OutboxEntry& entry)
{
    return entry.state == State::Failed || entry.state == State::Unknown;
}

bool retryNeedsConfirmation(const OutboxEntry& entry)
{
    return entry.state == State::Unknown;
}

bool canCancel(const OutboxEntry& entry)
{
    return entry.kind == OutboxEntry::Kind::ScaffolderTask
        && (entry.state == State::Queued || entry.state == State::Sent || entry.state == State::Running);
}

bool canRemove(const OutboxEntry& entry)
{
    switch (entry.state) {
    case State::Completed:
    case State::Failed:
    case State::Unknown:
        return true;
    case State::Sent:
        // A plain request is done once the backend took it; a task is only handed over and will run.
        return entry.kind == OutboxEntry::Kind::HttpRequest;
    case State::Queued:
    case State::Sending:
    case State::Running:
        return false;
    }
    return false;
}

} // namespace Atrium::ActivityRules
