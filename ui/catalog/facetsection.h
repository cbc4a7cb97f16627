#pragma once

#include <QWidget>

class QTableView;
class QToolButton;

namespace Atrium {

class FacetModel;

/// One facet in the catalog's side panel: a header button that folds the section, and the checkable values with
/// their counts. The list is only as tall as its rows (up to a limit, then it scrolls), so seven facets fit in
/// the panel without each claiming an equal share of its height.
class FacetSection : public QWidget {
    Q_OBJECT
public:
    explicit FacetSection(FacetModel* model, QWidget* parent = nullptr);
    ~FacetSection() override;

    FacetModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    bool isExpanded() const;
    void setExpanded(bool expanded);

private:
    void updateTitle();
    void updateViewHeight();

    FacetModel* m_model = nullptr;
    QToolButton* m_header = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace Atrium
