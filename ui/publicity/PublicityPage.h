#pragma once

#include <QPrinter>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class PublicityOptionsPanel;
class PublicityPreview;
class SloganEditor;
class SloganListModel;
class Workspace;

namespace Publicity {
class PublicityDocument;
}

// 宣传物料: the campaign's slogans (the workspace's list: every edit is written at once and undoable),
// the choice of poster, slogan sheet or banner with a live preview, and print (with preview and page
// setup), PDF and 300 dpi PNG.
class PublicityPage : public QWidget
{
    Q_OBJECT

public:
    explicit PublicityPage(Workspace* workspace, QWidget* parent = nullptr);
    ~PublicityPage() override;

    SloganListModel* sloganModel() const { return m_slogans; }
    SloganEditor* sloganEditor() const { return m_sloganEditor; }
    PublicityOptionsPanel* optionsPanel() const { return m_options; }
    PublicityPreview* preview() const { return m_preview; }
    // The document the preview shows; null when its inputs are wrong (see message()).
    std::shared_ptr<const Publicity::PublicityDocument> document() const { return m_document; }
    QString message() const;

    // Rebuilds the document now instead of after the typing pause.
    void rebuild();
    bool savePdf(const QString& path, QString* error) const;
    bool savePng(const QString& path, QStringList* written, QString* error) const;

private:
    void reloadFromWorkspace();
    void showMessage(const QString& text, bool error);
    void print();
    void pageSetup();
    void exportPdf();
    void exportPng();
    void updatePageLabel();

    Workspace* m_workspace;
    SloganListModel* m_slogans;
    SloganEditor* m_sloganEditor;
    PublicityOptionsPanel* m_options;
    PublicityPreview* m_preview;
    QLabel* m_message;
    QLabel* m_pageLabel;
    QPushButton* m_previous;
    QPushButton* m_next;
    QPushButton* m_print;
    QPushButton* m_pdf;
    QPushButton* m_png;
    QTimer m_rebuild;
    QPrinter m_printer;
    std::shared_ptr<const Publicity::PublicityDocument> m_document;
};
