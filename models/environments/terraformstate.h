#pragma once

#include "health.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace Atrium {

/// What the environment dashboard shows of a Terraform state file (format version 4, Terraform 0.12 and later).
struct TerraformStateFacts {
    int serial = 0;
    QString lineage;
    QString terraformVersion;
    /// Managed resource instances per resource type (`aws_s3_bucket` → 3); data sources are not counted.
    QMap<QString, int> resourcesByType;
    int resourceCount = 0;
    struct Output {
        QString name;
        QString value; ///< as Terraform would print it; "(sensitive value)" when marked sensitive
        bool sensitive = false;
    };
    QList<Output> outputs; ///< by name
    HealthStatus health; ///< healthy when the state reads; unknown (with why) otherwise
};

class TerraformState {
    Q_DECLARE_TR_FUNCTIONS(Atrium::TerraformState)
public:
    static TerraformStateFacts parse(const QByteArray& json);
};

} // namespace Atrium
