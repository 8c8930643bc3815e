#pragma once

#include <QDialog>

class QAction;
class QTableWidget;

// Help ▸ Keyboard Shortcuts: every action of the window with its shortcut, generated from
// the actions themselves so the list cannot drift from what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};
