#pragma once

#include "environments/dashboard.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextStream;

namespace Atrium {

/// `atrium-cli env status [--format table|json] PATH`: reads every source of the workspace's environments once and
/// prints the matrix. Exits with 1 when any source failed (its components' cells say unknown, with the error).
class EnvCommand {
    Q_DECLARE_TR_FUNCTIONS(Atrium::EnvCommand)
public:
    EnvCommand(QTextStream& out, QTextStream& err);

    /// @p arguments are those after `env`.
    int run(const QStringList& arguments);
    static QString usage();

    /// The JSON document (docs/cli.md): environments, services with their cells and drift, sources.
    static QByteArray json(const Dashboard& dashboard);
    /// A table for people: a row per component, a column per environment, then the drift and the sources.
    static QString table(const Dashboard& dashboard);

private:
    int status(const QStringList& arguments);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace Atrium
