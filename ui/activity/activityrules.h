#pragma once

#include "backends/outboxentry.h"

/// What the Activity page lets the user do with an entry, and which entries count as in progress. Kept apart from
/// the widgets so that the buttons, the context menu and the sidebar badge agree.
namespace Atrium::ActivityRules {

/// Waiting, being sent or being run by the backend: the entries the sidebar counts.
bool isActive(OutboxEntry::State state);
/// Failed or unknown entries: Outbox::retry() accepts nothing else.
bool canRetry(const OutboxEntry& entry);
/// An unknown entry may already have reached the backend; sending it again needs the user's word.
bool retryNeedsConfirmation(const OutboxEntry& entry);
/// A scaffolder task that is waiting or that the backend has not finished.
bool canCancel(const OutboxEntry& entry);
/// Entries that nothing will touch again: removing them cannot lose a submission in flight.
bool canRemove(const OutboxEntry& entry);

} // namespace Atrium::ActivityRules
