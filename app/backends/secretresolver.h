#pragma once

#include "common/secretreference.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace Atrium {

/// A secret's value, or why there is none.
struct SecretResult {
    QByteArray value;
    QString error; ///< readable, names the variable or keychain entry; empty when the value was found

    bool ok() const { return error.isEmpty(); }
};

/// Finds the value of a SecretReference: the environment variable first (synchronous, works everywhere, also in CI
/// and on machines without a Secret Service), else the system keychain through QtKeychain (service "Atrium",
/// asynchronous). Also stores and deletes keychain entries for the Settings page.
///
/// Values are returned to the caller and never kept or logged here.
class SecretResolver {
    Q_DECLARE_TR_FUNCTIONS(Atrium::SecretResolver)
public:
    using Done = std::function<void(const SecretResult&)>;
    using Finished = std::function<void(const QString& error)>; ///< empty error = done

    /// The keychain service name entries are stored under.
    static QString serviceName();
    /// Whether this build has QtKeychain (Debian: qtkeychain-qt6-dev). Without it only {env: …} works.
    static bool keychainAvailable();

    /// The environment variable's value when the reference names one that is set and not empty; nothing otherwise
    /// (then @p error says which variable is unset or empty).
    static std::optional<QByteArray> fromEnvironment(const SecretReference& reference, QString* error = nullptr);

    /// Calls @p done (once, on @p context's thread, not at all when @p context is gone) with the value: from the
    /// environment at once when the variable is set, else from the keychain.
    static void resolve(const SecretReference& reference, QObject* context, Done done);

    /// Stores @p secret in the keychain as @p key (replacing what was there).
    static void store(const QString& key, const QByteArray& secret, QObject* context, Finished done);
    /// Deletes the keychain entry @p key; deleting one that does not exist is not an error.
    static void remove(const QString& key, QObject* context, Finished done);
};

} // namespace Atrium
