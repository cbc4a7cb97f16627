#pragma once

#include <QStringView>

namespace Atrium {

/// The field-format predicates of Backstage's catalog model (`KubernetesValidatorFunctions`,
/// `CommonValidatorFunctions` and `makeValidator` in packages/catalog-model/src/validation), written as
/// character checks instead of regular expressions because the catalog validates every entity on every load.
/// Each one accepts exactly the strings the JavaScript original accepts; lengths are UTF-16 code units,
/// as JavaScript's `String.length` counts them.
namespace ValidationRules {

/// `^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$`, 1–63 characters: entity names, label values, key suffixes.
bool isValidObjectName(QStringView value);
/// `^[a-z0-9]+(?:\-+[a-z0-9]+)*$`, 1–63 characters (a run of hyphens counts as one separator).
bool isValidDnsLabel(QStringView value);
/// 1–253 characters of DNS labels separated by single dots.
bool isValidDnsSubdomain(QStringView value);
/// Namespaces are DNS labels.
bool isValidNamespace(QStringView value);
/// `[<dns-subdomain>/]<[a-zA-Z0-9]{1,63}>`, e.g. `backstage.io/v1alpha1`.
bool isValidApiVersion(QStringView value);
/// `^[a-zA-Z][a-z0-9A-Z]*$`, 1–63 characters.
bool isValidKind(QStringView value);
/// `[<dns-subdomain>/]<object-name>`; annotation keys follow the same rule.
bool isValidLabelKey(QStringView value);
/// Empty, or an object name.
bool isValidLabelValue(QStringView value);
/// makeValidator's tag rule: `^[a-z0-9:+#]+(\-[a-z0-9:+#]+)*$`, 1–63 characters.
bool isValidTag(QStringView value);
/// True when JavaScript's `new URL(value)` would succeed without a base URL (WHATWG URL parsing).
bool isValidUrl(QStringView value);
/// `value.trim().length >= 1`, with JavaScript's definition of white space.
bool isNonEmptyString(QStringView value);
/// JavaScript's `String.prototype.trim` white space and line terminators.
bool isJsWhiteSpace(char16_t c);

} // namespace ValidationRules
} // namespace Atrium
