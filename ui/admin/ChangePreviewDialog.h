#pragma once

#include "changes/ChangeRunner.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// Shows what a set of changes will do on Secret Server, asks for confirmation, applies them
// with progress and Cancel, and shows how each one ended. Opened with start() (open(), never
// exec()); the caller re-reads on changesApplied(). Owns the runner and its changes.
class ChangePreviewDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Stage { Empty, Reading, ReadFailed, Previewing, NothingToDo, Applying, Done };
    Q_ENUM(Stage)

    ChangePreviewDialog(secretserver::RestClient *client, const QString &heading,
                        QWidget *parent = nullptr);
    ~ChangePreviewDialog() override;

    void addChange(std::unique_ptr<ServerChange> change); // before start()
    // Opens the dialog (window-modal) and reads every change for its preview.
    void start();

    Stage stage() const { return m_stage; }
    ChangeRunner *runner() const { return m_runner; }
    // The preview or the outcome as listed, one line per row (for tests and screen readers).
    QStringList lines() const;

    // Test seams, the same as pressing the buttons.
    void confirm();
    void cancelChanges();

signals:
    void stageChanged(ChangePreviewDialog::Stage stage);
    // After a run that changed something on the server: the caller should read again.
    void changesApplied();

private:
    void setStage(Stage stage);
    void showPreview();
    void showReadFailure(int index, const secretserver::CallResult &result);
    void showProgress(int index, int count, const QString &step);
    void showOutcome(int index, ChangeOutcome outcome);
    void finishRun();

    ChangeRunner *m_runner;
    Stage m_stage = Stage::Empty;
    QLabel *m_heading;
    QTreeWidget *m_list;
    QLabel *m_status;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_apply;
    QPushButton *m_cancel;
    QPushButton *m_close;
};
