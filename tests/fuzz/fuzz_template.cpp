// Feeds arbitrary bytes through the template engine as a skeleton file (both delimiter sets) and as a
// template.yaml value. Templates come from whoever wrote the software template, so any crash, sanitizer report,
// hang or unbounded allocation is a bug; the engine must answer with an output or a TemplateError.

#include "templates/templatedvalue.h"
#include "templates/templaterenderer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace Atrium;

namespace {

const QJsonObject& context()
{
    static const QJsonObject object = QJsonDocument::fromJson(R"({
        "parameters": {"name": "svc", "count": 3, "tags": ["a", "b"], "nested": {"x": [1, {"y": null}]}},
        "steps": {"fetch": {"output": {"url": "github.com?owner=o&repo=r"}}},
        "cookiecutter": {"name": "svc"}, "values": {"n": 2.5}})")
                                          .object();
    return object;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString source = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const TemplateValue values = TemplateValue::fromJson(context());
    TemplateOptions options;
    // Small bounds keep each run fast; the bounds themselves are what is being exercised.
    options.maxOutputSize = 1 << 20;
    options.maxLoopIterations = 100000;
    for (const bool cookiecutter : { false, true }) {
        options.cookiecutterCompat = cookiecutter;
        const TemplateResult result = TemplateRenderer::render(source, values, options);
        if (result.error && !result.output.isEmpty())
            std::abort();
        if (result.output.size() > options.maxOutputSize)
            std::abort();
    }
    TemplatedValue::render(source, context());
    return 0;
}
