#pragma once

#include "secretserver/SecretTemplate.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class ChangePreviewDialog;

namespace secretserver {
class RestClient;
}

// Creates a scan credential: a template among the scan kinds (Windows, Unix, Oracle, SQL
// Server, DB2), a folder, a name and the template's fields (passwords masked), shown in
// ChangePreviewDialog (values as "set", never shown) and created once confirmed.
class CreateSecretDialog : public QDialog
{
    Q_OBJECT

public:
    // folderId: the folder to preselect (-1 = none). The client is borrowed and must outlive
    // the dialog.
    explicit CreateSecretDialog(secretserver::RestClient *client, int folderId = -1,
                                QWidget *parent = nullptr);
    ~CreateSecretDialog() override;

    // True once templates, folders and the chosen template's fields are read (test seam).
    bool isReady() const;
    // Chooses the template whose name contains text; false when none does.
    bool selectTemplate(const QString &text);
    // The editor of a template field, by slug (test seam; null when the template has none).
    QLineEdit *fieldEditor(const QString &slug) const;
    // Opens the preview of the creation ("Review…"); test seam, same as the button.
    void review();
    ChangePreviewDialog *previewDialog() const;

signals:
    void created(const QString &name, int folderId);

private:
    struct FieldEditor
    {
        secretserver::SecretTemplateField field;
        QLineEdit *editor = nullptr;
    };

    void loadTemplates();
    void loadFolders();
    void loadFields();
    void clearFields();
    void updateReview();

    secretserver::RestClient *m_client;
    int m_preselectedFolder;
    bool m_templatesLoaded = false;
    bool m_foldersLoaded = false;
    int m_fieldsTemplateId = 0; // the template whose fields are shown
    QComboBox *m_template;
    QComboBox *m_folder;
    QLineEdit *m_name;
    QFormLayout *m_fieldsForm;
    QList<FieldEditor> m_fields;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_review;
    QPointer<ChangePreviewDialog> m_preview;
    bool m_applied = false;
};
