#include "documenthighlighter.h"

namespace Atrium {

DocumentHighlighter::~DocumentHighlighter() = default;

} // namespace Atrium
