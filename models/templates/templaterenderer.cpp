#include "templaterenderer.h"

#include "templatefilters.h"
#include "templatemethods.h"
#include "templateparser.h"

#include <QHash>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {

using Kind = TemplateNode::Kind;

/// A nunjucks Frame: variables of one scope. A `for` pushes one; writes with resolveUp land in the frame that
/// already holds the name, which is why a `set` inside a loop changes an outer variable but never leaks a new one.
struct Frame {
    QHash<QString, TemplateValue> variables;
    /// A loop's own variables. nunjucks compiles references to them into JavaScript locals, so inside the loop
    /// they win even when their value is undefined, where any other lookup would go on to outer scopes.
    QList<QString> loopVariables;
    Frame* parent = nullptr;

    /// The variable's value, or nothing when no frame has it and the context should be asked.
    std::optional<TemplateValue> lookup(const QString& name) const
    {
        for (const Frame* frame = this; frame; frame = frame->parent) {
            if (frame->loopVariables.contains(name))
                return frame->variables.value(name);
            const auto it = frame->variables.constFind(name);
            if (it != frame->variables.constEnd() && !it->isUndefined())
                return *it;
        }
        return std::nullopt;
    }

    void set(const QString& name, const TemplateValue& value, bool resolveUp)
    {
        if (resolveUp) {
            for (Frame* frame = this; frame; frame = frame->parent) {
                const auto it = frame->variables.constFind(name);
                if (it != frame->variables.constEnd() && !it->isUndefined()) {
                    frame->variables.insert(name, value);
                    return;
                }
            }
        }
        variables.insert(name, value);
    }
};

class Evaluator {
public:
    Evaluator(const TemplateValue& context, const TemplateOptions& options)
        : m_context(context)
        , m_options(options)
    {
    }

    QString run(const TemplateNode& root)
    {
        Frame frame;
        QString output;
        renderList(root, frame, output, true);
        return output;
    }

    /// nunjucks keeps the position of the last function call it made; runtime errors report that.
    int lastLine() const { return m_line; }
    int lastColumn() const { return m_column; }

private:
    void append(QString& output, const QString& text)
    {
        output += text;
        if (output.size() > m_options.maxOutputSize)
            throw TemplateRuntimeFailure {
                QStringLiteral("Error: the output is larger than %1 characters").arg(m_options.maxOutputSize)
            };
    }

    void renderList(const TemplateNode& list, Frame& frame, QString& output, bool topLevel)
    {
        for (const auto& child : list.children)
            renderStatement(*child, frame, output, topLevel);
    }

    void renderStatement(const TemplateNode& node, Frame& frame, QString& output, bool topLevel)
    {
        switch (node.kind) {
        case Kind::List:
            renderList(node, frame, output, topLevel);
            break;
        case Kind::Data:
            append(output, node.text);
            break;
        case Kind::Output: {
            const TemplateValue value = evaluate(*node.child(0), frame);
            if (!value.isNullish())
                append(output, value.toJsString());
            break;
        }
        case Kind::If:
            if (evaluate(*node.child(0), frame).isTruthy())
                renderStatement(*node.child(1), frame, output, topLevel);
            else if (const TemplateNode* otherwise = node.child(2))
                renderStatement(*otherwise, frame, output, topLevel);
            break;
        case Kind::For:
            renderFor(node, frame, output);
            break;
        case Kind::Set: {
            TemplateValue value;
            if (node.captured) {
                QString captured;
                renderList(*node.child(0), frame, captured, topLevel);
                value = TemplateValue::string(captured);
            } else {
                value = evaluate(*node.child(0), frame);
            }
            for (const QString& name : node.names) {
                frame.set(name, value, true);
                if (topLevel)
                    m_contextVariables.insert(name, value);
            }
            break;
        }
        case Kind::FilterBlock: {
            QString captured;
            renderList(*node.child(0), frame, captured, topLevel);
            QList<TemplateValue> arguments;
            for (size_t i = 1; i < node.children.size(); ++i)
                arguments.append(evaluate(*node.child(i), frame));
            const TemplateValue value = applyFilter(node, TemplateValue::string(captured), arguments);
            if (!value.isNullish())
                append(output, value.toJsString());
            break;
        }
        default:
            break;
        }
    }

    void countIteration()
    {
        if (++m_iterations > m_options.maxLoopIterations)
            throw TemplateRuntimeFailure {
                QStringLiteral("Error: more than %1 loop iterations").arg(m_options.maxLoopIterations)
            };
    }

    static TemplateValue loopObject(qsizetype index, qsizetype length)
    {
        TemplateValue::Object loop;
        loop.insert(QStringLiteral("index"), TemplateValue::number(double(index + 1)));
        loop.insert(QStringLiteral("index0"), TemplateValue::number(double(index)));
        loop.insert(QStringLiteral("revindex"), TemplateValue::number(double(length - index)));
        loop.insert(QStringLiteral("revindex0"), TemplateValue::number(double(length - index - 1)));
        loop.insert(QStringLiteral("first"), TemplateValue::boolean(index == 0));
        loop.insert(QStringLiteral("last"), TemplateValue::boolean(index == length - 1));
        loop.insert(QStringLiteral("length"), TemplateValue::number(double(length)));
        return TemplateValue::object(std::move(loop));
    }

    void renderFor(const TemplateNode& node, Frame& outer, QString& output)
    {
        Frame frame;
        frame.parent = &outer;
        const TemplateValue iterable = evaluate(*node.child(0), frame);
        frame.loopVariables = node.names;
        // nunjucks runs the else branch when the iterable's length is falsy (or it has none at all).
        bool runElse = true;
        if (iterable.isTruthy()) {
            if (node.names.size() > 1 && !iterable.isArray()) {
                if (iterable.isObject() || iterable.isString()) {
                    QList<QString> keys;
                    QList<TemplateValue> values;
                    if (iterable.isObject()) {
                        keys = iterable.objectMembers().keys;
                        values = iterable.objectMembers().values;
                    } else {
                        for (qsizetype i = 0; i < iterable.stringValue().size(); ++i) {
                            keys << QString::number(i);
                            values << TemplateValue::string(QString(iterable.stringValue().at(i)));
                        }
                    }
                    const qsizetype length = keys.size();
                    runElse = length == 0;
                    for (qsizetype i = 0; i < keys.size(); ++i) {
                        countIteration();
                        frame.set(node.names.at(0), TemplateValue::string(keys.at(i)), false);
                        frame.set(node.names.at(1), values.at(i), false);
                        frame.set(QStringLiteral("loop"), loopObject(i, length), false);
                        renderStatement(*node.child(1), frame, output, false);
                    }
                } else {
                    runElse = true;
                }
            } else {
                const auto length = iterable.isArray() ? std::optional(iterable.arrayItems().size())
                    : iterable.isString()              ? std::optional(iterable.stringValue().size())
                                                       : std::nullopt;
                runElse = !length || *length == 0;
                for (qsizetype i = 0; length && i < *length; ++i) {
                    countIteration();
                    const TemplateValue item = iterable.member(TemplateValue::number(double(i)));
                    if (node.names.size() == 1) {
                        frame.set(node.names.at(0), item, false);
                    } else {
                        for (qsizetype u = 0; u < node.names.size(); ++u)
                            frame.set(node.names.at(u), memberOf(item, TemplateValue::number(double(u))), false);
                    }
                    frame.set(QStringLiteral("loop"), loopObject(i, *length), false);
                    renderStatement(*node.child(1), frame, output, false);
                }
            }
        }
        if (runElse) {
            if (const TemplateNode* otherwise = node.child(2))
                renderStatement(*otherwise, frame, output, false);
        }
    }

    static TemplateValue memberOf(const TemplateValue& target, const TemplateValue& key)
    {
        if (target.isNullish())
            throw TemplateRuntimeFailure {
                QStringLiteral("TypeError: Cannot read properties of %1 (reading '%2')")
                    .arg(target.isUndefined() ? QStringLiteral("undefined") : QStringLiteral("null"), key.toJsString())
            };
        return target.member(key);
    }

    TemplateValue lookup(const QString& name, const Frame& frame) const
    {
        if (auto value = frame.lookup(name))
            return *value;
        const auto it = m_contextVariables.constFind(name);
        if (it != m_contextVariables.constEnd())
            return *it;
        TemplateValue value = m_context.member(TemplateValue::string(name));
        // installJinjaCompat's Python constants, for names nothing else defines.
        if (value.isUndefined() && m_options.cookiecutterCompat) {
            if (name == u"True")
                return TemplateValue::boolean(true);
            if (name == u"False")
                return TemplateValue::boolean(false);
            if (name == u"None")
                return TemplateValue::null();
        }
        return value;
    }

    /// Applies the filter that @p node (a Filter or FilterBlock, whose position is the filter's name) names.
    TemplateValue applyFilter(const TemplateNode& node, const TemplateValue& input,
                              const QList<TemplateValue>& arguments)
    {
        const QString& name = node.text;
        if (!TemplateFilters::exists(name, m_options.cookiecutterCompat)) {
            // nunjitsu suggests from its built-in filters, then jsonify, then Backstage's in the order it adds them.
            static const QStringList builtins {
                u"abs"_s,         u"batch"_s,   u"capitalize"_s, u"center"_s, u"d"_s,         u"default"_s,
                u"dictsort"_s,    u"dump"_s,    u"e"_s,          u"escape"_s, u"first"_s,     u"float"_s,
                u"forceescape"_s, u"groupby"_s, u"indent"_s,     u"int"_s,    u"join"_s,      u"last"_s,
                u"length"_s,      u"list"_s,    u"lower"_s,      u"nl2br"_s,  u"random"_s,    u"reject"_s,
                u"rejectattr"_s,  u"replace"_s, u"reverse"_s,    u"round"_s,  u"safe"_s,      u"select"_s,
                u"selectattr"_s,  u"slice"_s,   u"sort"_s,       u"string"_s, u"striptags"_s, u"sum"_s,
                u"title"_s,       u"trim"_s,    u"truncate"_s,   u"upper"_s,  u"urlencode"_s, u"urlize"_s,
                u"wordcount"_s,
            };
            static const QStringList backstage { u"parseRepoUrl"_s, u"parseEntityRef"_s, u"pick"_s, u"projectSlug"_s };
            const QStringList candidates
                = builtins + (m_options.cookiecutterCompat ? QStringList { u"jsonify"_s } : QStringList()) + backstage;
            throw TemplateRuntimeFailure {
                QStringLiteral("Error: filter not found: %1").arg(name),
                NunjitsuWording { nunjitsuUnknownName(QStringLiteral("template filter"), name, candidates),
                                  node.line + 1, node.column + 1 },
            };
        }
        return TemplateFilters::apply(name, input, arguments);
    }

    /// nunjitsu's "Template value \"x.a\" resolved to undefined and cannot be called", at the called name (the last
    /// key of a lookup), for what @p target resolved to.
    static NunjitsuWording nunjitsuCallWording(const TemplateNode& callee, const TemplateValue& target)
    {
        // What nunjitsu's runtimeValueKind says, in the order of TemplateValue::Type.
        static constexpr std::array<QStringView, 7> kinds { u"undefined", u"null",  u"boolean", u"number",
                                                            u"string",    u"array", u"record" };
        const QString kind
            = target.isString() && target.isSafe() ? u"safe string"_s : kinds.at(size_t(target.type())).toString();
        // A name, or a chain of lookups with string keys from a name, reads as a dotted path.
        QStringList path;
        const TemplateNode* part = &callee;
        while (part->kind == Kind::Lookup && part->child(1)->kind == Kind::Literal
               && part->child(1)->value.isString()) {
            path.prepend(part->child(1)->value.stringValue());
            part = part->child(0);
        }
        const TemplateNode& at = callee.kind == Kind::Lookup ? *callee.child(1) : callee;
        const QString message = part->kind == Kind::Symbol
            ? QStringLiteral("Template value %1 resolved to %2 and cannot be called")
                  .arg(nunjitsuQuoted((QStringList { part->text } + path).join(u'.')), kind)
            : QStringLiteral("Template expression resolved to %1 and cannot be called").arg(kind);
        return { message, at.line + 1, at.column + 1 };
    }

    static QString nodeName(const TemplateNode& node)
    {
        switch (node.kind) {
        case Kind::Symbol:
            return node.text;
        case Kind::Literal:
            return node.value.toJsString();
        case Kind::Call:
            return QStringLiteral("the return value of (%1)").arg(nodeName(*node.child(0)));
        case Kind::Lookup:
            return QStringLiteral("%1[\"%2\"]").arg(nodeName(*node.child(0)), nodeName(*node.child(1)));
        default:
            return QStringLiteral("--expression--");
        }
    }

    TemplateValue call(const TemplateNode& node, Frame& frame)
    {
        const TemplateNode& callee = *node.child(0);
        m_line = node.line;
        m_column = node.column;
        // nunjucks evaluates what it calls before the arguments.
        TemplateValue object, method, target;
        if (callee.kind == Kind::Lookup) {
            object = evaluate(*callee.child(0), frame);
            method = evaluate(*callee.child(1), frame);
            target = object.isNullish() ? TemplateValue() : object.member(method);
        } else {
            target = evaluate(callee, frame);
        }
        QList<TemplateValue> arguments;
        for (size_t i = 1; i < node.children.size(); ++i)
            arguments.append(evaluate(*node.child(i), frame));
        if (callee.kind == Kind::Symbol && callee.text == u"range" && target.isUndefined())
            return range(arguments);
        if (callee.kind == Kind::Lookup && method.isString()) {
            if (auto result
                = TemplateMethods::call(object, method.stringValue(), arguments, m_options.cookiecutterCompat))
                return *result;
        }
        throw TemplateRuntimeFailure {
            QStringLiteral("Error: Unable to call `%1`, which is %2")
                .arg(nodeName(callee),
                     target.isTruthy() ? QStringLiteral("not a function") : QStringLiteral("undefined or falsey")),
            nunjitsuCallWording(callee, target),
        };
    }

    /// jinja compat's sliceLookup, including its quirks: the stop may run one past the end, and a string slices
    /// into a list of characters.
    TemplateValue sliceLookup(const TemplateValue& target, const TemplateNode& slice, Frame& frame)
    {
        const TemplateValue object = target.isTruthy() ? target : TemplateValue::array({});
        const TemplateValue startValue = evaluate(*slice.child(0), frame);
        const TemplateValue stopValue = evaluate(*slice.child(1), frame);
        const double step = evaluate(*slice.child(2), frame).toJsNumber();
        const double length = object.member(TemplateValue::string(QStringLiteral("length"))).toJsNumber();
        double start
            = startValue.type() == TemplateValue::Type::Null ? (step < 0 ? length - 1 : 0) : startValue.toJsNumber();
        double stop = stopValue.type() == TemplateValue::Type::Null ? (step < 0 ? -1 : length) : stopValue.toJsNumber();
        if (stopValue.type() != TemplateValue::Type::Null && stop < 0)
            stop += length;
        if (start < 0)
            start += length;
        TemplateValue::Array results;
        for (double i = start;; i += step) {
            if (i < 0 || i > length)
                break;
            if (step > 0 && i >= stop)
                break;
            if (step < 0 && i <= stop)
                break;
            if (std::isnan(i))
                break;
            countIteration();
            results.append(object.member(TemplateValue::number(i)));
        }
        return TemplateValue::array(std::move(results));
    }

    /// nunjucks' global range(start, stop, step).
    TemplateValue range(const QList<TemplateValue>& arguments)
    {
        double start = 0, stop = 0, step = 1;
        if (arguments.size() <= 1) {
            stop = arguments.value(0).toJsNumber();
        } else {
            start = arguments.value(0).toJsNumber();
            stop = arguments.value(1).toJsNumber();
            if (arguments.size() > 2)
                step = arguments.value(2).toJsNumber();
        }
        TemplateValue::Array items;
        if (step > 0) {
            for (double i = start; i < stop; i += step) {
                countIteration();
                items.append(TemplateValue::number(i));
            }
        } else if (step < 0) {
            for (double i = start; i > stop; i += step) {
                countIteration();
                items.append(TemplateValue::number(i));
            }
        }
        return TemplateValue::array(std::move(items));
    }

    TemplateValue in(const TemplateValue& key, const TemplateValue& container)
    {
        if (container.isArray()) {
            for (const TemplateValue& item : container.arrayItems()) {
                if (jsStrictEquals(item, key))
                    return TemplateValue::boolean(true);
            }
            return TemplateValue::boolean(false);
        }
        if (container.isString())
            return TemplateValue::boolean(container.stringValue().contains(key.toJsString()));
        if (container.isObject())
            return TemplateValue::boolean(container.objectMembers().contains(key.toJsString()));
        throw TemplateRuntimeFailure {
            QStringLiteral("Error: Cannot use \"in\" operator to search for \"%1\" in unexpected types.")
                .arg(key.toJsString())
        };
    }

    static bool compare(const QString& op, const TemplateValue& a, const TemplateValue& b)
    {
        if (op == u"==")
            return jsLooseEquals(a, b);
        if (op == u"===")
            return jsStrictEquals(a, b);
        if (op == u"!=")
            return !jsLooseEquals(a, b);
        if (op == u"!==")
            return !jsStrictEquals(a, b);
        if (op == u"<")
            return jsLessThan(a, b);
        if (op == u">")
            return jsLessThan(b, a);
        if (op == u"<=")
            return jsLessOrEqual(a, b);
        return jsLessOrEqual(b, a);
    }

    /// Values nested deeper than this are an error: printing, comparing and freeing them recurses, and a loop that
    /// wraps a value in a list each time would otherwise build one deep enough to overflow the stack.
    static constexpr int maxValueDepth = 1000;

    TemplateValue evaluate(const TemplateNode& node, Frame& frame)
    {
        TemplateValue value = evaluateUnchecked(node, frame);
        if (value.depth() > maxValueDepth)
            throw TemplateRuntimeFailure {
                QStringLiteral("Error: values are nested more than %1 deep").arg(maxValueDepth)
            };
        // A value that doubles in a loop (`s ~ s`, `l.concat(l)`) grows without ever being printed.
        if (value.isString() && value.stringValue().size() > m_options.maxOutputSize)
            throw TemplateRuntimeFailure {
                QStringLiteral("Error: a string is longer than %1 characters").arg(m_options.maxOutputSize)
            };
        if (value.isArray() && value.arrayItems().size() > m_options.maxLoopIterations)
            throw TemplateRuntimeFailure {
                QStringLiteral("Error: a list has more than %1 items").arg(m_options.maxLoopIterations)
            };
        return value;
    }

    TemplateValue evaluateUnchecked(const TemplateNode& node, Frame& frame)
    {
        const auto operand = [&](size_t index) { return evaluate(*node.child(index), frame); };
        const auto number = [&](size_t index) { return operand(index).toJsNumber(); };
        switch (node.kind) {
        case Kind::Literal:
            return node.value;
        case Kind::Symbol:
            return lookup(node.text, frame);
        case Kind::Array: {
            TemplateValue::Array items;
            for (const auto& child : node.children) {
                // nunjucks compiles a slice to its three values, comma-separated.
                if (child->kind == Kind::Slice) {
                    for (const auto& part : child->children)
                        items.append(evaluate(*part, frame));
                } else {
                    items.append(evaluate(*child, frame));
                }
            }
            return TemplateValue::array(std::move(items));
        }
        case Kind::Dict:
        case Kind::KeywordArguments: {
            TemplateValue::Object members;
            for (size_t i = 0; i + 1 < node.children.size(); i += 2) {
                const TemplateNode& key = *node.child(i);
                members.insert(key.kind == Kind::Symbol ? key.text : key.value.toJsString(), operand(i + 1));
            }
            if (node.kind == Kind::KeywordArguments)
                members.insert(TemplateFilters::keywordMarker(), TemplateValue::boolean(true));
            return TemplateValue::object(std::move(members));
        }
        case Kind::Group: {
            TemplateValue last;
            for (const auto& child : node.children)
                last = evaluate(*child, frame);
            return last;
        }
        case Kind::Lookup: {
            if (node.child(1)->kind == Kind::Slice)
                return sliceLookup(operand(0), *node.child(1), frame);
            const TemplateValue target = operand(0);
            const TemplateValue key = operand(1);
            return target.isNullish() ? TemplateValue() : target.member(key);
        }
        case Kind::Call:
            return call(node, frame);
        case Kind::Filter: {
            const TemplateValue input = operand(0);
            QList<TemplateValue> arguments;
            for (size_t i = 1; i < node.children.size(); ++i)
                arguments.append(operand(i));
            return applyFilter(node, input, arguments);
        }
        case Kind::Is: {
            const TemplateValue input = operand(0);
            QList<TemplateValue> arguments;
            for (size_t i = 1; i < node.children.size(); ++i)
                arguments.append(operand(i));
            return TemplateValue::boolean(TemplateFilters::test(node.text, input, arguments));
        }
        case Kind::InlineIf:
            if (operand(1).isTruthy())
                return operand(0);
            return node.child(2) ? operand(2) : TemplateValue::string({});
        case Kind::Or: {
            const TemplateValue left = operand(0);
            return left.isTruthy() ? left : operand(1);
        }
        case Kind::And: {
            const TemplateValue left = operand(0);
            return left.isTruthy() ? operand(1) : left;
        }
        case Kind::Not:
            return TemplateValue::boolean(!operand(0).isTruthy());
        case Kind::In: {
            const TemplateValue key = operand(0);
            return in(key, operand(1));
        }
        case Kind::Compare: {
            TemplateValue result = operand(0);
            for (qsizetype i = 0; i < node.names.size(); ++i)
                result = TemplateValue::boolean(compare(node.names.at(i), result, operand(size_t(i) + 1)));
            return result;
        }
        case Kind::Concat: {
            const TemplateValue left = operand(0);
            return TemplateValue::string(left.toJsString() + operand(1).toJsString());
        }
        case Kind::Add: {
            const TemplateValue left = operand(0);
            return jsAdd(left, operand(1));
        }
        case Kind::Sub: {
            const double left = number(0);
            return TemplateValue::number(left - number(1));
        }
        case Kind::Mul: {
            const double left = number(0);
            return TemplateValue::number(left * number(1));
        }
        case Kind::Div: {
            const double left = number(0);
            return TemplateValue::number(left / number(1));
        }
        case Kind::FloorDiv: {
            const double left = number(0);
            return TemplateValue::number(std::floor(left / number(1)));
        }
        case Kind::Mod: {
            const double left = number(0);
            return TemplateValue::number(std::fmod(left, number(1)));
        }
        case Kind::Pow: {
            const double left = number(0);
            const double right = number(1);
            // Math.pow differs from C's pow where the base is ±1 and the exponent is not finite.
            if (std::isnan(right) || (std::abs(left) == 1 && std::isinf(right)))
                return TemplateValue::number(std::nan(""));
            return TemplateValue::number(std::pow(left, right));
        }
        case Kind::Neg:
            return TemplateValue::number(-number(0));
        case Kind::Pos:
            return TemplateValue::number(number(0));
        default:
            return {};
        }
    }

    const TemplateValue& m_context;
    const TemplateOptions& m_options;
    QHash<QString, TemplateValue> m_contextVariables;
    qint64 m_iterations = 0;
    int m_line = 0;
    int m_column = 0;
};

/// Checks what nunjucks' compiler checks before anything runs: dictionary keys must be strings or names.
std::optional<TemplateError> compileErrors(const TemplateNode& node)
{
    // nunjucks compiles `- -x` to JavaScript's `--x`, which JavaScript refuses.
    if ((node.kind == Kind::Neg || node.kind == Kind::Pos) && node.child(0)->kind == node.kind)
        return TemplateError { QStringLiteral("SyntaxError: Invalid left-hand side expression in prefix operation"), 0,
                               0 };
    if (node.kind == Kind::Dict || node.kind == Kind::KeywordArguments) {
        for (size_t i = 0; i < node.children.size(); i += 2) {
            const TemplateNode& key = *node.child(i);
            if (key.kind != Kind::Symbol && !(key.kind == Kind::Literal && key.value.isString()))
                return TemplateError { QStringLiteral("compilePair: Dict keys must be strings or names"), key.line + 1,
                                       key.column + 1 };
        }
    }
    for (const auto& child : node.children) {
        if (auto error = compileErrors(*child))
            return error;
    }
    return std::nullopt;
}

} // namespace

TemplateResult TemplateRenderer::render(QStringView source, const TemplateValue& context,
                                        const TemplateOptions& options)
{
    TemplateSyntax syntax;
    if (options.cookiecutterCompat)
        syntax.variableStart = QStringLiteral("{{");
    syntax.trimBlocks = options.trimBlocks;
    syntax.lstripBlocks = options.lstripBlocks;
    syntax.jinjaCompat = options.cookiecutterCompat;
    auto parsed = TemplateParser::parse(source, syntax);
    if (auto* error = std::get_if<TemplateError>(&parsed))
        return { {}, *error };
    const TemplateNode& root = *std::get<std::unique_ptr<TemplateNode>>(parsed);
    if (auto error = compileErrors(root))
        return { {}, *error };
    Evaluator evaluator(context, options);
    try {
        return { evaluator.run(root), std::nullopt };
    } catch (const TemplateRuntimeFailure& failure) {
        return { {},
                 TemplateError { failure.message, evaluator.lastLine(), evaluator.lastColumn(), failure.nunjitsu } };
    }
}

} // namespace Atrium
