#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class ChangePreviewDialog;

namespace secretserver {
class RestClient;
}

// Asks for a folder name and a parent folder, then shows the creation in ChangePreviewDialog
// and creates it once confirmed. Open with open(); created() follows a successful creation.
class CreateFolderDialog : public QDialog
{
    Q_OBJECT

public:
    // parentFolderId: the folder to preselect as parent (-1 = top level). The client is
    // borrowed and must outlive the dialog.
    explicit CreateFolderDialog(secretserver::RestClient *client, int parentFolderId = -1,
                                QWidget *parent = nullptr);

    // Whether the parent folder list has been read (test seam; the list fills asynchronously).
    bool foldersLoaded() const { return m_loaded; }
    // Opens the preview of the creation ("Review…"); test seam, same as the button.
    void review();
    ChangePreviewDialog *previewDialog() const;

signals:
    void created(const QString &name, int parentFolderId);

private:
    void loadFolders();
    void updateReview();

    secretserver::RestClient *m_client;
    int m_preselectedParent;
    bool m_loaded = false;
    QLineEdit *m_name;
    QComboBox *m_parent;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_review;
    QPointer<ChangePreviewDialog> m_preview;
    bool m_applied = false;
};
