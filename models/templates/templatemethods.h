#pragma once

#include "templatevalue.h"

#include <QList>
#include <QString>

#include <optional>

namespace Atrium {

/// The JavaScript methods a template can call on strings and arrays, as nunjucks lets it (`name.split('/')[1]`,
/// `tags.join(', ')`). Only the pure ones that templates use; anything else is reported as not callable.
namespace TemplateMethods {

/// `target.name(arguments…)`, or nothing when Atrium does not provide that method. With @p jinjaCompat
/// (cookiecutterCompat), also the Python methods nunjucks' installJinjaCompat adds: dict.items(), keys(), values(),
/// get(), has_key() and list.count(), index(), find() (the ones that do not change the value).
std::optional<TemplateValue> call(const TemplateValue& target, const QString& name,
                                  const QList<TemplateValue>& arguments, bool jinjaCompat = false);

} // namespace TemplateMethods

} // namespace Atrium
