<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/help/aboutdialog.cpp" line="+52"/>
        <source>About Measures Catalogue</source>
        <translation>À propos du Catalogue des mesures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures Catalogue %1</source>
        <translation>Catalogue des mesures %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;A catalogue of the cultural-policy measures that States report under the UNESCO 2005 Convention on the Protection and Promotion of the Diversity of Cultural Expressions. It works offline; each catalogue is one file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un catalogue des mesures de politique culturelle que les États communiquent au titre de la Convention de l&apos;UNESCO de 2005 sur la protection et la promotion de la diversité des expressions culturelles. Il fonctionne hors ligne&#xa0;; chaque catalogue est un fichier unique.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or later: you may use, study, share and change it (&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses/gpl-3.0&lt;/a&gt;). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure&#xa0;: vous pouvez l&apos;utiliser, l&apos;étudier, le partager et le modifier (&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses/gpl-3.0&lt;/a&gt;). Il est fourni sans aucune garantie.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt;&lt;br&gt;Qt %1, under the GNU Lesser General Public License v3 (&lt;a href=&quot;https://www.qt.io/licensing/&quot;&gt;qt.io/licensing&lt;/a&gt;).&lt;br&gt;SQLite %2, in the public domain (&lt;a href=&quot;https://sqlite.org/copyright.html&quot;&gt;sqlite.org/copyright&lt;/a&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Réalisé avec&lt;/b&gt;&lt;br&gt;Qt %1, sous licence publique générale limitée GNU v3 (&lt;a href=&quot;https://www.qt.io/licensing/&quot;&gt;qt.io/licensing&lt;/a&gt;).&lt;br&gt;SQLite %2, dans le domaine public (&lt;a href=&quot;https://sqlite.org/copyright.html&quot;&gt;sqlite.org/copyright&lt;/a&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Charts drawn with Qt Charts, under the GNU General Public License v3; Excel workbooks written with libxlsxwriter, under the BSD 2-Clause License.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Graphiques dessinés avec Qt Charts, sous licence publique générale GNU v3&#xa0;; classeurs Excel écrits avec libxlsxwriter, sous licence BSD à 2 clauses.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;Data&lt;/b&gt;&lt;br&gt;Country names (ISO 3166) in English, Spanish and French from Debian&apos;s iso-codes, under the GNU Lesser General Public License v2.1 or later. The sample catalogue&apos;s five measures are read from public pages about cultural-policy measures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Données&lt;/b&gt;&lt;br&gt;Les noms de pays (ISO 3166) en anglais, en espagnol et en français proviennent d&apos;iso-codes de Debian, sous licence publique générale limitée GNU v2.1 ou ultérieure. Les cinq mesures du catalogue d&apos;exemple sont tirées de pages publiques consacrées à des mesures de politique culturelle.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../core/catalogue/backups.cpp" line="+244"/>
        <source>a backup cannot replace the catalogue itself</source>
        <translation>une copie de sauvegarde ne peut pas remplacer le catalogue lui-même</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” already exists</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the folder “%1” cannot be written to (%2)</source>
        <translation>impossible d&apos;écrire dans le dossier «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the copy could not be written in “%1” (%2)</source>
        <translation>la copie n&apos;a pas pu être écrite dans «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the copy could not be renamed to “%1” (%2)</source>
        <translation>la copie n&apos;a pas pu être renommée en «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../core/catalogue/catalogue.cpp" line="+215"/>
        <source>the file could not be moved into place (%1)</source>
        <translation>le fichier n&apos;a pas pu être mis en place (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the catalogue is not open for editing</source>
        <translation>le catalogue n&apos;est pas ouvert en modification</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>its latest changes could not be folded into the file (%1)</source>
        <translation>ses dernières modifications n&apos;ont pas pu être intégrées au fichier (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>another program is reading the catalogue</source>
        <translation>un autre programme est en train de lire le catalogue</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>the new file could not be closed</source>
        <translation>le nouveau fichier n&apos;a pas pu être fermé</translation>
    </message>
</context>
<context>
    <name>CatalogueCheck</name>
    <message>
        <location filename="../core/catalogue/cataloguecheck.cpp" line="+23"/>
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation>la ligne %1 de la table %2 renvoie à une ligne inexistante de %3</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n measure(s) would be missed by some filters (their facet masks disagree with their goals, domains or partners). Export with --header keys --codes and import into a new catalogue to rebuild them.</source>
        <translation>
            <numerusform>%n mesure échapperait à certains filtres (ses masques de facettes ne concordent pas avec ses objectifs, domaines ou partenaires). Exportez avec --header keys --codes et importez le fichier dans un nouveau catalogue pour la reconstruire.</numerusform>
            <numerusform>%n mesures échapperaient à certains filtres (leurs masques de facettes ne concordent pas avec leurs objectifs, domaines ou partenaires). Exportez avec --header keys --codes et importez le fichier dans un nouveau catalogue pour les reconstruire.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueError</name>
    <message>
        <location filename="../core/catalogue/catalogueerror.cpp" line="+17"/>
        <source>The catalogue “%1” does not exist. Check the name and folder, or create a new catalogue.</source>
        <translation>Le catalogue «&#xa0;%1&#xa0;» n&apos;existe pas. Vérifiez le nom et le dossier, ou créez un nouveau catalogue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalogue “%1” cannot be read (%2). Ask the owner of the file for read permission.</source>
        <translation>Le catalogue «&#xa0;%1&#xa0;» ne peut pas être lu (%2). Demandez l&apos;autorisation de lecture à la personne qui gère le fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is an empty file, not a catalogue. It was left untouched. Open another file or create a new catalogue.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier vide, pas un catalogue. Il n&apos;a pas été modifié. Ouvrez un autre fichier ou créez un nouveau catalogue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a Measures Catalogue file (%2). It was left untouched. Give a catalogue (.measures) file, or bring CSV data in with measures-cli import.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier du Catalogue des mesures (%2). Il n&apos;a pas été modifié. Indiquez un fichier de catalogue (.measures), ou intégrez des données CSV avec measures-cli import.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a Measures Catalogue file (%2). It was left untouched. Open a catalogue (.measures) file, or bring CSV data in with Import.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier du Catalogue des mesures (%2). Il n&apos;a pas été modifié. Ouvrez un fichier de catalogue (.measures), ou intégrez des données CSV avec Importer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no free space left on the drive of the catalogue “%1”. The catalogue itself is fine and was left untouched. Free some space on that drive (or copy the catalogue to another one), then open it again.</source>
        <translation>Il ne reste plus d&apos;espace libre sur le lecteur du catalogue «&#xa0;%1&#xa0;». Le catalogue lui-même est intact et n&apos;a pas été modifié. Libérez de l&apos;espace sur ce lecteur (ou copiez le catalogue sur un autre), puis rouvrez-le.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalogue “%1” could not be read from its drive (%2). The file was left untouched and is not known to be damaged. Check that the drive is connected and has free space, then open it again.</source>
        <translation>Le catalogue «&#xa0;%1&#xa0;» n&apos;a pas pu être lu depuis son lecteur (%2). Le fichier n&apos;a pas été modifié et rien n&apos;indique qu&apos;il soit endommagé. Vérifiez que le lecteur est connecté et dispose d&apos;espace libre, puis rouvrez-le.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalogue “%1” is damaged and cannot be opened safely (%2). It was left untouched. Restore it from a backup copy.</source>
        <translation>Le catalogue «&#xa0;%1&#xa0;» est endommagé et ne peut pas être ouvert sans risque (%2). Il n&apos;a pas été modifié. Restaurez-le à partir d&apos;une copie de sauvegarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalogue “%1” was saved by a newer version of Measures Catalogue (file format %2; this version reads up to %3). It was left untouched. Update the application to open it.</source>
        <translation>Le catalogue «&#xa0;%1&#xa0;» a été enregistré par une version plus récente du Catalogue des mesures (format de fichier %2&#xa0;; cette version lit jusqu&apos;au format %3). Il n&apos;a pas été modifié. Mettez à jour l&apos;application pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The catalogue “%1” is already open for editing in another program (%2). Close it there, or wait for that command to end, then run this command again; commands that only read it (count, export, stats, report) work meanwhile.</source>
        <translation>Le catalogue «&#xa0;%1&#xa0;» est déjà ouvert en modification dans un autre programme (%2). Fermez-le là-bas, ou attendez la fin de cette commande, puis relancez cette commande&#xa0;; les commandes qui ne font que le lire (count, export, stats, report) fonctionnent entre-temps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalogue “%1” is already open for editing in another window (%2). Close it there, or open this catalogue read-only.</source>
        <translation>Le catalogue «&#xa0;%1&#xa0;» est déjà ouvert en modification dans une autre fenêtre (%2). Fermez-le là-bas, ou ouvrez ce catalogue en lecture seule.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalogue “%1” is busy: another program is writing to it (%2). Try again in a moment.</source>
        <translation>Le catalogue «&#xa0;%1&#xa0;» est occupé&#xa0;: un autre programme est en train d&apos;y écrire (%2). Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” already exists. Nothing was overwritten; choose another file name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Rien n&apos;a été écrasé&#xa0;; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalogue “%1” cannot be created (%2). Choose a folder where you can write and that has free space.</source>
        <translation>Le catalogue «&#xa0;%1&#xa0;» ne peut pas être créé (%2). Choisissez un dossier dans lequel vous pouvez écrire et qui dispose d&apos;espace libre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before upgrading “%1” to this version a safety copy is made, and that failed (%2). The catalogue was left untouched. Copy it to a folder where you can write and open it there.</source>
        <translation>Avant de mettre à jour «&#xa0;%1&#xa0;» vers cette version, une copie de sauvegarde est faite, et elle a échoué (%2). Le catalogue n&apos;a pas été modifié. Copiez-le dans un dossier où vous pouvez écrire et ouvrez-le là.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is not as Measures Catalogue saves its catalogues: %2. Another program may have changed it, so to keep your data safe nothing was read from it, and it was left as it is. If it is your own catalogue, restore one of its backup copies; if someone sent it to you, ask them for the catalogue as the app saved it.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas tel que le Catalogue des mesures enregistre ses catalogues&#xa0;: %2. Un autre programme l&apos;a peut-être modifié&#xa0;; pour protéger vos données, rien n&apos;y a été lu et il a été laissé tel quel. S&apos;il s&apos;agit de votre propre catalogue, restaurez l&apos;une de ses copies de sauvegarde&#xa0;; si quelqu&apos;un vous l&apos;a envoyé, demandez-lui le catalogue tel que l&apos;application l&apos;a enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upgrading the catalogue “%1” to this version failed (%2). The unfinished step was undone; the safety copy made before the upgrade is kept next to it.</source>
        <translation>La mise à jour du catalogue «&#xa0;%1&#xa0;» vers cette version a échoué (%2). L&apos;étape inachevée a été annulée&#xa0;; la copie de sauvegarde faite avant la mise à jour est conservée à côté de lui.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The catalogue “%1” was saved by an older version and must be upgraded to open here, which means writing to it; but the file or its folder is read-only. It was left untouched. Copy it to a folder where you can write and open the copy.</source>
        <translation>Le catalogue «&#xa0;%1&#xa0;» a été enregistré par une version antérieure et doit être mis à jour pour s&apos;ouvrir ici, ce qui implique d&apos;y écrire&#xa0;; or le fichier ou son dossier est en lecture seule. Il n&apos;a pas été modifié. Copiez-le dans un dossier où vous pouvez écrire et ouvrez la copie.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The catalogue “%1” was saved by an older version and must be upgraded before it can be read here, which means writing to it, and it was opened read-only. It was left untouched. Open it once in the window to upgrade it (a safety copy of it as it is now is made first), then try again.</source>
        <translation>Le catalogue «&#xa0;%1&#xa0;» a été enregistré par une version antérieure et doit être mis à jour avant de pouvoir être lu ici, ce qui implique d&apos;y écrire&#xa0;; or il a été ouvert en lecture seule. Il n&apos;a pas été modifié. Ouvrez-le une fois dans la fenêtre pour le mettre à jour (une copie de sauvegarde de son état actuel est faite d&apos;abord), puis réessayez.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Upgrading the copy “%1” to this version failed (%2). The copy may be incomplete: delete it. The file it was copied from is unchanged.</source>
        <translation>La mise à jour de la copie «&#xa0;%1&#xa0;» vers cette version a échoué (%2). La copie est peut-être incomplète&#xa0;: supprimez-la. Le fichier d&apos;origine n&apos;a pas changé.</translation>
    </message>
</context>
<context>
    <name>CatalogueProbe</name>
    <message>
        <location filename="../core/catalogue/catalogueprobe.cpp" line="+98"/>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its content is not a catalogue&apos;s</source>
        <translation>son contenu n&apos;est pas celui d&apos;un catalogue</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>it is a database of another program</source>
        <translation>c&apos;est une base de données d&apos;un autre programme</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the file is truncated</source>
        <translation>le fichier est tronqué</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the catalogue was never finished</source>
        <translation>la création du catalogue n&apos;a jamais été terminée</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>the file could not be read (SQLite error %1)</source>
        <translation>le fichier n&apos;a pas pu être lu (erreur SQLite %1)</translation>
    </message>
</context>
<context>
    <name>CatalogueSession</name>
    <message numerus="yes">
        <location filename="../ui/session/cataloguesession.cpp" line="+66"/>
        <source>The %n oldest step(s) can no longer be undone: the undo history keeps at most %L1 MB.</source>
        <translation>
            <numerusform>L&apos;étape la plus ancienne ne peut plus être annulée&#xa0;: l&apos;historique d&apos;annulation occupe au plus %L1&#xa0;Mo.</numerusform>
            <numerusform>Les %n étapes les plus anciennes ne peuvent plus être annulées&#xa0;: l&apos;historique d&apos;annulation occupe au plus %L1&#xa0;Mo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Another step is still under way. Wait until it has finished, then try again.</source>
        <translation>Une autre étape est encore en cours. Attendez qu&apos;elle soit terminée, puis réessayez.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Copying the catalogue to “%1”…</source>
        <translation>Copie du catalogue vers «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The copy was cancelled: no file was made.</source>
        <translation>La copie a été annulée&#xa0;: aucun fichier n&apos;a été créé.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The catalogue “%1” could not be closed cleanly (%2). Its latest changes are in the file “%3” beside it: keep that file with the catalogue, and open the catalogue again to fold them in.</source>
        <translation>Le catalogue «&#xa0;%1&#xa0;» n&apos;a pas pu être fermé correctement (%2). Ses dernières modifications se trouvent dans le fichier «&#xa0;%3&#xa0;», à côté de lui&#xa0;: conservez ce fichier avec le catalogue, et rouvrez le catalogue pour les y intégrer.</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>Rename partner “%1”</source>
        <translation>Renommer le partenaire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change the type of “%1”</source>
        <translation>Changer le type de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Merge partners into “%1”</source>
        <translation>Fusionner des partenaires dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete partner “%1”</source>
        <translation>Supprimer le partenaire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add “%1”</source>
        <translation>Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Rename “%1”</source>
        <translation>Renommer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove “%1”</source>
        <translation>Retirer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking “%1”…</source>
        <translation>Vérification de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Importing “%1”…</source>
        <translation>Importation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="-237"/>
        <location line="+239"/>
        <source>First, a backup copy of the catalogue as it is…</source>
        <translation>D&apos;abord, une copie de sauvegarde du catalogue dans son état actuel…</translation>
    </message>
    <message numerus="yes">
        <location line="-240"/>
        <source>Deleting %Ln measure(s)…</source>
        <translation>
            <numerusform>Suppression de %Ln mesure…</numerusform>
            <numerusform>Suppression de %Ln mesures…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The deletion was cancelled: nothing was deleted.</source>
        <translation>La suppression a été annulée&#xa0;: rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was deleted: the backup copy made first failed (%1).</source>
        <translation>Rien n&apos;a été supprimé&#xa0;: la copie de sauvegarde faite au préalable a échoué (%1).</translation>
    </message>
    <message>
        <location line="+236"/>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>L&apos;importation a été annulée&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import “%1”</source>
        <translation>Importer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Comparing with “%1”…</source>
        <translation>Comparaison avec «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The comparison was cancelled: nothing was merged.</source>
        <translation>La comparaison a été annulée&#xa0;: rien n&apos;a été fusionné.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Merging “%1”…</source>
        <translation>Fusion de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The merge was cancelled: nothing was merged.</source>
        <translation>La fusion a été annulée&#xa0;: rien n&apos;a été fusionné.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Merge “%1”</source>
        <translation>Fusionner «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Synchronize with “%1”</source>
        <translation>Synchroniser avec «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Looking for likely duplicates…</source>
        <translation>Recherche des doublons probables…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking for duplicates was cancelled.</source>
        <translation>La recherche de doublons a été annulée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merge Duplicates of “%1”</source>
        <translation>Fusionner les doublons de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Putting measures back…</source>
        <translation>Remise en place des mesures…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undo: %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo cancelled: nothing was changed.</source>
        <translation>L&apos;annulation a été interrompue&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Redo: %1</source>
        <translation>Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Redo cancelled: nothing was changed.</source>
        <translation>Le rétablissement a été interrompu&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>Nothing was imported: the backup copy made before a large import failed (%1).</source>
        <translation>Rien n&apos;a été importé&#xa0;: la copie de sauvegarde faite avant une importation volumineuse a échoué (%1).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="+52"/>
        <source>The option --%1 needs a value.</source>
        <translation>L&apos;option --%1 nécessite une valeur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The option --%1 needs a value before %2 (a value that starts with “--” is written as --%1=VALUE).</source>
        <translation>L&apos;option --%1 nécessite une valeur avant %2 (une valeur qui commence par «&#xa0;--&#xa0;» s&apos;écrit --%1=VALEUR).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown option “%1”.</source>
        <translation>Option inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="+19"/>
        <source>Run “measures-cli --help” for the list of commands.</source>
        <translation>Exécutez «&#xa0;measures-cli --help&#xa0;» pour obtenir la liste des commandes.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>“%1” has no saved views. Save one in the window (View ▸ Saved Views ▸ Save Current View…).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a aucune vue enregistrée. Enregistrez-en une dans la fenêtre (Affichage ▸ Vues enregistrées ▸ Enregistrer la vue actuelle…).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a saved view of this catalogue. Saved views: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une vue enregistrée de ce catalogue. Vues enregistrées&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The change is saved. Another program is reading the catalogue: until it closes, a copy of “%1” alone would not hold the change.</source>
        <translation>La modification est enregistrée. Un autre programme est en train de lire le catalogue&#xa0;: tant qu&apos;il ne l&apos;a pas fermé, une copie de «&#xa0;%1&#xa0;» seul ne contiendrait pas la modification.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The change is saved, but only in “%1” beside the catalogue, not yet in the catalogue&apos;s file itself (%2): a copy of “%3” alone would not hold it, and would not open. Free some space on the disk, then run measures-cli check on the catalogue (opening it folds the change in) before you copy it.</source>
        <translation>La modification est enregistrée, mais seulement dans «&#xa0;%1&#xa0;», à côté du catalogue, et pas encore dans le fichier du catalogue lui-même (%2)&#xa0;: une copie de «&#xa0;%3&#xa0;» seul ne la contiendrait pas et ne s&apos;ouvrirait pas. Libérez de l&apos;espace sur le disque, puis exécutez measures-cli check sur le catalogue (son ouverture y intègre la modification) avant de le copier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clicommands.cpp" line="+51"/>
        <source>Created “%1” with %n measure(s).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a été créé avec %n mesure.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a été créé avec %n mesures.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>generate needs --count N, a number of measures between 0 and 10,000,000.</source>
        <translation>generate nécessite --count N, un nombre de mesures compris entre 0 et 10&#xa0;000&#xa0;000.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seed needs a whole number.</source>
        <translation>--seed nécessite un nombre entier.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Generated %n measure(s) in %1 s.</source>
        <translation>
            <numerusform>%n mesure générée en %1 s.</numerusform>
            <numerusform>%n mesures générées en %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--format must be “csv” or “xlsx”.</source>
        <translation>--format doit valoir «&#xa0;csv&#xa0;» ou «&#xa0;xlsx&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An Excel workbook is a file: give it with --out FILE.xlsx.</source>
        <translation>Un classeur Excel est un fichier&#xa0;: indiquez-le avec --out FICHIER.xlsx.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 is for CSV files; an Excel workbook does not need it.</source>
        <translation>--%1 s&apos;applique aux fichiers CSV&#xa0;; un classeur Excel n&apos;en a pas besoin.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <location line="+25"/>
        <source>Exported %n measure(s) to “%1”.</source>
        <translation>
            <numerusform>%n mesure exportée vers «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n mesures exportées vers «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>stats needs --by with one of: %1.</source>
        <translation>stats nécessite --by avec l&apos;une de ces valeurs&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>report needs --out FILE.pdf, the PDF file to write.</source>
        <translation>report nécessite --out FICHIER.pdf, le fichier PDF à écrire.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Wrote a report of %n measure(s) on %1 pages to “%2”.</source>
        <translation>
            <numerusform>Rapport de %n mesure sur %1 pages écrit dans «&#xa0;%2&#xa0;».</numerusform>
            <numerusform>Rapport de %n mesures sur %1 pages écrit dans «&#xa0;%2&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n likely duplicate pair(s): the same platform measure ID, or the same country and the same words in the title, or titles sharing most of their words, or the same title in another language.</source>
        <translation>
            <numerusform>%n paire de doublons probables&#xa0;: le même ID de mesure sur la plateforme, ou le même pays et les mêmes mots dans le titre, ou des titres qui partagent la plupart de leurs mots, ou le même titre dans une autre langue.</numerusform>
            <numerusform>%n paires de doublons probables&#xa0;: le même ID de mesure sur la plateforme, ou le même pays et les mêmes mots dans le titre, ou des titres qui partagent la plupart de leurs mots, ou le même titre dans une autre langue.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Usage: measures-cli COMMAND CATALOGUE [OPTIONS]
       measures-cli --version | --help

Commands:
  create   CATALOGUE                       new empty catalogue (never overwrites)
  sample   CATALOGUE                       new catalogue holding the bundled sample measures
  generate CATALOGUE --count N [--seed S]  new catalogue of N synthetic measures
  count    CATALOGUE [FILTER]              number of matching measures
  export   CATALOGUE [FILTER] [--out FILE] [--columns k1,k2] [--lang LANG]
           [--delimiter ,|;|tab] [--bom] [--header labels|keys] [--codes]
           [--no-formula-guard] [--sort KEY[:desc]] [--format csv|xlsx]
           (an Excel workbook with --out FILE.xlsx or --format xlsx)
  import   CATALOGUE --in FILE [--dry-run]  all rows or none; also reads the
           Policy Monitoring Platform&apos;s CSV export (recognised by its header)
  check    CATALOGUE                       integrity, file format, foreign keys
  merge    CATALOGUE --from OTHER [--dry-run] [--prefer mine|theirs] [--ask-again]
           brings a colleague&apos;s catalogue in, by each measure&apos;s history; exit 1 with
           the conflicts listed and nothing written unless --prefer decides them;
           --ask-again also asks about what undoing a merge here took away of theirs
  delete   CATALOGUE (--uuid UUID)... | FILTER | --all [--dry-run]
           deletes as the window does (each deletion travels with the catalogue);
           lists what it deletes: uuid and title, tab-separated
  duplicates CATALOGUE                     likely duplicate pairs, one a line (tab-separated:
           uuid, uuid, platform-id|title|similar-title|other-language, title, title)
  stats    CATALOGUE [FILTER] --by DIMENSION [--lang LANG] [--delimiter ,|;|tab] [--bom] [--out FILE]
           measures and USD funding per goal|area|domain|scope|nature|country|year|
           partner-type|status|evaluated, as CSV: label,measures,funding_usd
  report   CATALOGUE [FILTER] --out FILE.pdf [--lang LANG]
           a printable report: cover, contents, statistics with charts, then the
           measures by goal and monitoring area

A team catalogue on a PostgreSQL server (URL: postgresql://USER@HOST/DATABASE?sslmode=…,
or postgresql:///DATABASE?host=/run/postgresql for a Unix socket; the password from the
address, PGPASSWORD or ~/.pgpass, else asked on the terminal):
  server init URL                        create the team schema, its roles and grants in an
           empty database
  server add-user URL NAME --role editor|reader   a login role of that team (password from
           MEASURES_NEW_PASSWORD, or asked on the terminal)
  server status URL                      schema version, members and roles, measures, last push
  team share CATALOGUE URL               upload this catalogue as the team&apos;s first content, and
           link it
  team join URL NEW_CATALOGUE            download the team catalogue into a new file, linked to it
  sync CATALOGUE [--dry-run] [--prefer mine|theirs]   pull, merge, push, through the linked team;
           exit 1 with the conflicts listed and nothing written unless --prefer decides them

FILTER: --search TEXT --goal N --area CODE --domain CODE --scope CODE --nature CODE
        --country CODE --year-from Y --year-to Y --evaluated yes|no|unknown
        --partner-type CODE --status draft|ready --needs-attention
        --view NAME starts from a view saved in the catalogue (its filter; for export also
        its sort and columns); a facet option replaces that facet&apos;s choice, --search
        adds words and --needs-attention adds the check.
        Repeat an option to allow several values; different options combine with AND.

Messages are in the --lang language (default: the system&apos;s), LANG one of: %1.
Exit codes: 0 ok, 1 invalid input or data, 2 usage, 3 catalogue or server cannot be reached, opened or
written.</source>
        <translation>Utilisation&#xa0;: measures-cli COMMANDE CATALOGUE [OPTIONS]
              measures-cli --version | --help

Commandes&#xa0;:
  create   CATALOGUE                       nouveau catalogue vide (n&apos;écrase jamais rien)
  sample   CATALOGUE                       nouveau catalogue contenant les mesures d&apos;exemple fournies
  generate CATALOGUE --count N [--seed S]  nouveau catalogue de N mesures synthétiques
  count    CATALOGUE [FILTRE]              nombre de mesures correspondantes
  export   CATALOGUE [FILTRE] [--out FICHIER] [--columns k1,k2] [--lang LANG]
           [--delimiter ,|;|tab] [--bom] [--header labels|keys] [--codes]
           [--no-formula-guard] [--sort CLÉ[:desc]] [--format csv|xlsx]
           (un classeur Excel avec --out FICHIER.xlsx ou --format xlsx)
  import   CATALOGUE --in FICHIER [--dry-run]  toutes les lignes ou aucune&#xa0;; lit aussi
           l&apos;exportation CSV de la Plateforme de suivi des politiques (reconnu à son en-tête)
  check    CATALOGUE                       intégrité, format de fichier, clés étrangères
  merge    CATALOGUE --from AUTRE [--dry-run] [--prefer mine|theirs] [--ask-again]
           intègre le catalogue d&apos;un collègue, selon l&apos;historique de chaque mesure&#xa0;; sort avec
           le code 1 en listant les conflits, sans rien écrire, sauf si --prefer les tranche&#xa0;;
           --ask-again demande aussi ce que l&apos;annulation d&apos;une fusion ici a retiré de sa version
  delete   CATALOGUE (--uuid UUID)... | FILTRE | --all [--dry-run]
           supprime comme le fait la fenêtre (chaque suppression voyage avec le catalogue)&#xa0;;
           liste ce qu&apos;il supprime&#xa0;: uuid et titre, séparés par une tabulation
  duplicates CATALOGUE                     paires de doublons probables, une par ligne (séparées par
           des tabulations&#xa0;: uuid, uuid, platform-id|title|similar-title|other-language, titre, titre)
  stats    CATALOGUE [FILTRE] --by DIMENSION [--lang LANG] [--delimiter ,|;|tab] [--bom] [--out FICHIER]
           mesures et financement en USD par goal|area|domain|scope|nature|country|year|
           partner-type|status|evaluated, en CSV&#xa0;: label,measures,funding_usd
  report   CATALOGUE [FILTRE] --out FICHIER.pdf [--lang LANG]
           un rapport imprimable&#xa0;: couverture, sommaire, statistiques avec graphiques, puis
           les mesures par objectif et par domaine de suivi

Un catalogue d&apos;équipe sur un serveur PostgreSQL (URL&#xa0;: postgresql://UTILISATEUR@HÔTE/BASE?sslmode=…,
ou postgresql:///BASE?host=/run/postgresql pour un socket Unix&#xa0;; le mot de passe est pris dans
l&apos;adresse, dans PGPASSWORD ou dans ~/.pgpass, sinon il est demandé dans le terminal)&#xa0;:
  server init URL                        crée le schéma de l&apos;équipe, ses rôles et ses droits dans
           une base de données vide
  server add-user URL NOM --role editor|reader   un rôle de connexion de cette équipe (mot de passe
           pris dans MEASURES_NEW_PASSWORD, ou demandé dans le terminal)
  server status URL                      version du schéma, membres et rôles, mesures, dernier envoi
  team share CATALOGUE URL               téléverse ce catalogue comme premier contenu de l&apos;équipe,
           et l&apos;y lie
  team join URL NOUVEAU_CATALOGUE        télécharge le catalogue d&apos;équipe dans un nouveau fichier, lié à lui
  sync CATALOGUE [--dry-run] [--prefer mine|theirs]   reçoit, fusionne et envoie, via l&apos;équipe liée&#xa0;;
           sort avec le code 1 en listant les conflits, sans rien écrire, sauf si --prefer les tranche

FILTRE&#xa0;: --search TEXTE --goal N --area CODE --domain CODE --scope CODE --nature CODE
         --country CODE --year-from A --year-to A --evaluated yes|no|unknown
         --partner-type CODE --status draft|ready --needs-attention
         --view NOM part d&apos;une vue enregistrée dans le catalogue (son filtre&#xa0;; pour la commande export, aussi
         son tri et ses colonnes)&#xa0;; une option de facette remplace le choix de la vue pour cette
         facette, --search ajoute des mots et --needs-attention ajoute la vérification.
         Répétez une option pour admettre plusieurs valeurs&#xa0;; des options différentes se combinent par ET.

Les messages sont dans la langue indiquée par --lang (par défaut, celle du système)&#xa0;; LANG est l’un de&#xa0;: %1.
Codes de sortie&#xa0;: 0 succès, 1 entrée ou données non valides, 2 utilisation incorrecte, 3 catalogue ou
serveur impossible à joindre, à ouvrir ou à écrire.</translation>
    </message>
    <message>
        <location filename="../app/cli/clichanges.cpp" line="+179"/>
        <location line="+24"/>
        <location filename="../app/cli/clicommands.cpp" line="-59"/>
        <source>“%1” could not be read (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu (%2).</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>merge needs --from OTHER, the catalogue to merge into this one.</source>
        <translation>merge nécessite --from AUTRE, le catalogue à fusionner dans celui-ci.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cliteam.cpp" line="+106"/>
        <source>--prefer takes mine or theirs.</source>
        <translation>--prefer accepte mine ou theirs.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n conflict(s): nothing was written. Choose a side for all of them with --prefer mine or --prefer theirs, or merge in the window to choose field by field.</source>
        <translation>
            <numerusform>%n conflit&#xa0;: rien n&apos;a été écrit. Choisissez un côté pour tous avec --prefer mine ou --prefer theirs, ou fusionnez dans la fenêtre pour choisir champ par champ.</numerusform>
            <numerusform>%n conflits&#xa0;: rien n&apos;a été écrit. Choisissez un côté pour tous avec --prefer mine ou --prefer theirs, ou fusionnez dans la fenêtre pour choisir champ par champ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Undoing a merge here took away “%1”&apos;s version of %n measure(s): --ask-again lists them as conflicts with its versions, to take theirs with --prefer theirs.</source>
        <translation>
            <numerusform>L&apos;annulation d&apos;une fusion ici a retiré la version de «&#xa0;%1&#xa0;» de %n mesure&#xa0;: --ask-again la présente comme un conflit avec la version du collègue, que --prefer theirs permet de reprendre.</numerusform>
            <numerusform>L&apos;annulation d&apos;une fusion ici a retiré la version de «&#xa0;%1&#xa0;» de %n mesures&#xa0;: --ask-again les présente comme des conflits avec les versions du collègue, que --prefer theirs permet de reprendre.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” brings nothing new: every measure in it is here already, the same or with later changes made here.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;apporte rien de nouveau&#xa0;: chacune de ses mesures est déjà ici, identique ou avec des modifications plus récentes faites ici.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>No measure changed: the histories of %n measure(s) or partner(s) now also record what “%1” holds, so that the next merges in either direction ask nothing. The catalogue as it was is in “%2”.</source>
        <translation>
            <numerusform>Aucune mesure n&apos;a changé&#xa0;: l&apos;historique de %n mesure ou partenaire enregistre désormais aussi le contenu de «&#xa0;%1&#xa0;», pour que les prochaines fusions, dans un sens comme dans l&apos;autre, ne demandent rien. Le catalogue tel qu&apos;il était se trouve dans «&#xa0;%2&#xa0;».</numerusform>
            <numerusform>Aucune mesure n&apos;a changé&#xa0;: les historiques de %n mesures ou partenaires enregistrent désormais aussi le contenu de «&#xa0;%1&#xa0;», pour que les prochaines fusions, dans un sens comme dans l&apos;autre, ne demandent rien. Le catalogue tel qu&apos;il était se trouve dans «&#xa0;%2&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Merged %n measure(s). The catalogue as it was is in “%1”.</source>
        <translation>
            <numerusform>%n mesure fusionnée. Le catalogue tel qu&apos;il était se trouve dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n mesures fusionnées. Le catalogue tel qu&apos;il était se trouve dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>delete takes either --uuid or a filter, not both.</source>
        <translation>delete accepte soit --uuid, soit un filtre, mais pas les deux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete needs --uuid UUID (repeated for several measures) or a filter such as --country or --search; to delete every measure of the catalogue, add --all.</source>
        <translation>delete nécessite --uuid UUID (répété pour plusieurs mesures) ou un filtre tel que --country ou --search&#xa0;; pour supprimer toutes les mesures du catalogue, ajoutez --all.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The measure %1 was already deleted, on %2 by %3.</source>
        <translation>La mesure %1 a déjà été supprimée, le %2 par %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone not named</source>
        <translation>une personne non nommée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No measure of this catalogue has the identifier “%1”.</source>
        <translation>Aucune mesure de ce catalogue n&apos;a l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was deleted. Give only identifiers of measures in the catalogue (measures-cli export --columns uuid,title lists them).</source>
        <translation>Rien n&apos;a été supprimé. Indiquez uniquement des identifiants de mesures du catalogue (measures-cli export --columns uuid,title les liste).</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Dry run: %n measure(s) would be deleted; the catalogue was not changed.</source>
        <translation>
            <numerusform>Simulation&#xa0;: %n mesure serait supprimée&#xa0;; le catalogue n&apos;a pas été modifié.</numerusform>
            <numerusform>Simulation&#xa0;: %n mesures seraient supprimées&#xa0;; le catalogue n&apos;a pas été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No measure matches: nothing was deleted.</source>
        <translation>Aucune mesure ne correspond&#xa0;: rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was deleted.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleted %n measure(s). Their deletions travel with the catalogue: merging it into another deletes them there too, unless they were changed there meanwhile.</source>
        <translation>
            <numerusform>%n mesure supprimée. Sa suppression voyage avec le catalogue&#xa0;: le fusionner dans un autre la supprime là aussi, sauf si elle y a été modifiée entre-temps.</numerusform>
            <numerusform>%n mesures supprimées. Leurs suppressions voyagent avec le catalogue&#xa0;: le fusionner dans un autre les supprime là aussi, sauf si elles y ont été modifiées entre-temps.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-195"/>
        <source>import needs --in FILE, the CSV file to read.</source>
        <translation>import nécessite --in FICHIER, le fichier CSV à lire.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+82"/>
        <source>Dry run: the catalogue was not changed.</source>
        <translation>Simulation&#xa0;: le catalogue n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="+28"/>
        <source>“%1” has problems. Restore it from a backup copy, or export what can still be read.</source>
        <translation>«&#xa0;%1&#xa0;» présente des problèmes. Restaurez-le à partir d&apos;une copie de sauvegarde, ou exportez ce qui peut encore être lu.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>“%1” is a healthy catalogue: file format %2, %n measure(s), %3 partners.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est un catalogue en bon état&#xa0;: format de fichier %2, %n mesure, %3 partenaires.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est un catalogue en bon état&#xa0;: format de fichier %2, %n mesures, %3 partenaires.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>But its latest changes are still in “%1-wal” beside it, because another program has it open for editing: do not copy the file alone; copy the catalogue once it is closed there.</source>
        <translation>Mais ses dernières modifications sont encore dans «&#xa0;%1-wal&#xa0;», à côté de lui, car un autre programme l&apos;a ouvert en modification&#xa0;: ne copiez pas le fichier seul&#xa0;; copiez le catalogue une fois qu&apos;il y aura été fermé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>But its latest changes are still only in “%1-wal” beside it: another program may be reading the catalogue, or there was no room to fold them into the file (is the disk full?). Do not copy the file alone: once nothing else has it open and there is free space, run measures-cli check again.</source>
        <translation>Mais ses dernières modifications ne sont encore que dans «&#xa0;%1-wal&#xa0;», à côté de lui&#xa0;: un autre programme est peut-être en train de lire le catalogue, ou la place a manqué pour les intégrer au fichier (le disque est-il plein&#xa0;?). Ne copiez pas le fichier seul&#xa0;: quand plus rien ne l&apos;aura ouvert et qu&apos;il y aura de l&apos;espace libre, exécutez de nouveau measures-cli check.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Unknown command “%1”.</source>
        <translation>Commande inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs exactly one catalogue file.</source>
        <translation>%1 nécessite exactement un fichier de catalogue.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 does not take --%2.</source>
        <translation>%1 n&apos;accepte pas --%2.</translation>
    </message>
    <message>
        <location filename="../app/cli/clifilter.cpp" line="+28"/>
        <location line="+16"/>
        <source>“%1” is not a value of --%2. Use one of: %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur de --%2. Utilisez l&apos;une de celles-ci&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--%1 needs a year, for example 2020.</source>
        <translation>--%1 nécessite une année, par exemple 2020.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>“%1” is not a column to sort by. Use a column key, optionally followed by :desc.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une colonne de tri. Utilisez la clé d&apos;une colonne, éventuellement suivie de&#xa0;:desc.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--delimiter must be “,”, “;” or “tab”.</source>
        <translation>--delimiter doit valoir «&#xa0;,&#xa0;», «&#xa0;;&#xa0;» ou «&#xa0;tab&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--header must be “labels” or “keys”.</source>
        <translation>--header doit valoir «&#xa0;labels&#xa0;» ou «&#xa0;keys&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown column “%1”. Columns: %2.</source>
        <translation>Colonne inconnue&#xa0;: «&#xa0;%1&#xa0;». Colonnes&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="-259"/>
        <location line="+52"/>
        <source>“%1” cannot be written (%2).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être écrit (%2).</translation>
    </message>
    <message>
        <location filename="../app/cli/cliserver.cpp" line="+152"/>
        <source>Password of %1 on the server: </source>
        <translation>Mot de passe de %1 sur le serveur&#xa0;: </translation>
    </message>
    <message>
        <location line="-89"/>
        <source>%1 is now a team catalogue (format %2), with the roles “%3_editor” and “%3_reader”. Add its members with measures-cli server add-user.</source>
        <translation>%1 est désormais un catalogue d&apos;équipe (format %2), avec les rôles «&#xa0;%3_editor&#xa0;» et «&#xa0;%3_reader&#xa0;». Ajoutez-y ses membres avec measures-cli server add-user.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>server add-user needs --role editor or --role reader.</source>
        <translation>server add-user nécessite --role editor ou --role reader.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” cannot be a member&apos;s name: use lower-case letters, digits and _ (at most 63), starting with a letter.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être le nom d&apos;un membre&#xa0;: utilisez des lettres minuscules, des chiffres et _ (63 au plus), en commençant par une lettre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password for the new member “%1”: </source>
        <translation>Mot de passe du nouveau membre «&#xa0;%1&#xa0;»&#xa0;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same password again: </source>
        <translation>Le même mot de passe, une seconde fois&#xa0;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the new member&apos;s password in MEASURES_NEW_PASSWORD, or run the command in a terminal to type it.</source>
        <translation>Indiquez le mot de passe du nouveau membre dans MEASURES_NEW_PASSWORD, ou exécutez la commande dans un terminal pour le saisir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passwords differ: nothing was changed.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an editor (may pull and push)</source>
        <translation>éditeur (peut recevoir et envoyer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reader (may pull, not push)</source>
        <translation>lecteur (peut recevoir, pas envoyer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a new member of %2: %3.</source>
        <translation>«&#xa0;%1&#xa0;» est un nouveau membre de %2&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” already had a login on this server (its password is unchanged); now a member of %2: %3.</source>
        <translation>«&#xa0;%1&#xa0;» avait déjà un accès à ce serveur (son mot de passe ne change pas)&#xa0;; désormais membre de %2&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Team catalogue %1</source>
        <translation>Catalogue d&apos;équipe %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format: %1 (this app knows up to %2)</source>
        <translation>Format&#xa0;: %1 (cette application connaît jusqu&apos;au format %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures: %1</source>
        <translation>Mesures&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pushes: none yet</source>
        <translation>Envois&#xa0;: aucun pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pushes: %1, the last by %2 at %3</source>
        <translation>Envois&#xa0;: %1, le dernier par %2 le %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members: none yet (add them with measures-cli server add-user)</source>
        <translation>Membres&#xa0;: aucun pour l&apos;instant (ajoutez-les avec measures-cli server add-user)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members:</source>
        <translation>Membres&#xa0;:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>server needs one of: init, add-user, status.</source>
        <translation>server nécessite l&apos;un de ces mots&#xa0;: init, add-user, status.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server add-user needs the server&apos;s address and the member&apos;s name.</source>
        <translation>server add-user nécessite l&apos;adresse du serveur et le nom du membre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server %1 needs exactly one address (postgresql://…).</source>
        <translation>server %1 nécessite exactement une adresse (postgresql://…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>server %1 does not take --%2.</source>
        <translation>server %1 n&apos;accepte pas --%2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliteam.cpp" line="-51"/>
        <source>%n measure(s) of “%1” are now the content of %2, and “%1” is linked to it: synchronize it with measures-cli sync.</source>
        <translation>
            <numerusform>%n mesure de «&#xa0;%1&#xa0;» constitue désormais le contenu de %2, et «&#xa0;%1&#xa0;» y est lié&#xa0;: synchronisez-le avec measures-cli sync.</numerusform>
            <numerusform>%n mesures de «&#xa0;%1&#xa0;» constituent désormais le contenu de %2, et «&#xa0;%1&#xa0;» y est lié&#xa0;: synchronisez-le avec measures-cli sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>“%1” holds the %n measure(s) of %2 and is linked to it: synchronize it with measures-cli sync.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» contient la %n mesure de %2 et y est lié&#xa0;: synchronisez-le avec measures-cli sync.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» contient les %n mesures de %2 et y est lié&#xa0;: synchronisez-le avec measures-cli sync.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>team needs share or join.</source>
        <translation>team nécessite share ou join.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>team share needs the catalogue and the team catalogue&apos;s address.</source>
        <translation>team share nécessite le catalogue et l&apos;adresse du catalogue d&apos;équipe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team join needs the team catalogue&apos;s address and the new catalogue&apos;s file name.</source>
        <translation>team join nécessite l&apos;adresse du catalogue d&apos;équipe et le nom de fichier du nouveau catalogue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>team %1 does not take --%2.</source>
        <translation>team %1 n&apos;accepte pas --%2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sync needs exactly one catalogue file.</source>
        <translation>sync nécessite exactement un fichier de catalogue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync does not take --%1.</source>
        <translation>sync n&apos;accepte pas --%1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” is not linked to a team catalogue: link it with measures-cli team share, or make a linked copy with measures-cli team join.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est lié à aucun catalogue d&apos;équipe&#xa0;: liez-le avec measures-cli team share, ou créez une copie liée avec measures-cli team join.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n conflict(s) with the team: nothing was written. Choose a side for all of them with --prefer mine or --prefer theirs, or synchronize in the window to choose field by field.</source>
        <translation>
            <numerusform>%n conflit avec l&apos;équipe&#xa0;: rien n&apos;a été écrit. Choisissez un côté pour tous avec --prefer mine ou --prefer theirs, ou synchronisez dans la fenêtre pour choisir champ par champ.</numerusform>
            <numerusform>%n conflits avec l&apos;équipe&#xa0;: rien n&apos;a été écrit. Choisissez un côté pour tous avec --prefer mine ou --prefer theirs, ou synchronisez dans la fenêtre pour choisir champ par champ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Dry run: nothing was written here or on the server; %n change(s) here wait to be pushed.</source>
        <translation>
            <numerusform>Simulation&#xa0;: rien n&apos;a été écrit ici ni sur le serveur&#xa0;; %n modification faite ici attend d&apos;être envoyée.</numerusform>
            <numerusform>Simulation&#xa0;: rien n&apos;a été écrit ici ni sur le serveur&#xa0;; %n modifications faites ici attendent d&apos;être envoyées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Synchronized with %1: %n measure(s) from the team, </source>
        <translation>
            <numerusform>Synchronisé avec %1&#xa0;: %n mesure reçue de l&apos;équipe, </numerusform>
            <numerusform>Synchronisé avec %1&#xa0;: %n mesures reçues de l&apos;équipe, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n measure(s) or partner(s) pushed.</source>
        <translation>
            <numerusform>%n mesure ou partenaire envoyé.</numerusform>
            <numerusform>%n mesures ou partenaires envoyés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <location filename="../ui/widgets/comparisontable.cpp" line="+44"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>ContentCheck</name>
    <message>
        <location filename="../core/merge/contentcheck.cpp" line="+52"/>
        <source>The measure %1 is not at one of its own revisions.</source>
        <translation>La mesure %1 n&apos;est pas à l&apos;une de ses propres révisions.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The measure “%1” (%2) does not hold what its history records: another program changed it.</source>
        <translation>La mesure «&#xa0;%1&#xa0;» (%2) ne contient pas ce que son historique enregistre&#xa0;: un autre programme l&apos;a modifiée.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The partner “%1” is not at one of its own revisions.</source>
        <translation>Le partenaire «&#xa0;%1&#xa0;» n&apos;est pas à l&apos;une de ses propres révisions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The partner “%1” has the type “%2”, which this catalogue does not know.</source>
        <translation>Le partenaire «&#xa0;%1&#xa0;» a le type «&#xa0;%2&#xa0;», que ce catalogue ne connaît pas.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n more problem(s) of the same kinds.</source>
        <translation>
            <numerusform>%n autre problème du même genre.</numerusform>
            <numerusform>%n autres problèmes des mêmes genres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <location filename="../core/csv/csvexporter.cpp" line="+27"/>
        <source>The export could not start (%1).</source>
        <translation>L&apos;exportation n&apos;a pas pu démarrer (%1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the CSV file failed (%1). Check the free space of the disk.</source>
        <translation>L&apos;écriture du fichier CSV a échoué (%1). Vérifiez l&apos;espace libre du disque.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the catalogue failed during the export (%1).</source>
        <translation>La lecture du catalogue a échoué pendant l&apos;exportation (%1).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file “%1” cannot be written (%2). Choose another folder.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être écrit (%2). Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file “%1” could not be completed (%2). Nothing was written; check the free space and try again.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;a pas pu être achevé (%2). Rien n&apos;a été écrit&#xa0;; vérifiez l&apos;espace libre et réessayez.</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message numerus="yes">
        <location filename="../core/csv/csvimporter.cpp" line="+342"/>
        <source>Nothing was imported: %n problem(s) found. Correct them and import the file again.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n problème trouvé. Corrigez-le et importez de nouveau le fichier.</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n problèmes trouvés. Corrigez-les et importez de nouveau le fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The first %n are listed.</source>
        <translation>
            <numerusform>Seul le premier est listé.</numerusform>
            <numerusform>Les %n premiers sont listés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) read: </source>
        <translation>
            <numerusform>%n ligne lue&#xa0;: </numerusform>
            <numerusform>%n lignes lues&#xa0;: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n added, </source>
        <translation>
            <numerusform>%n ajoutée, </numerusform>
            <numerusform>%n ajoutées, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated, </source>
        <translation>
            <numerusform>%n mise à jour, </numerusform>
            <numerusform>%n mises à jour, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n already up to date.</source>
        <translation>
            <numerusform>%n déjà à jour.</numerusform>
            <numerusform>%n déjà à jour.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The file is not UTF-8: it was read as Windows-1252, as Excel writes CSV files on Windows.</source>
        <translation>Le fichier n&apos;est pas en UTF-8&#xa0;: il a été lu en Windows-1252, l&apos;encodage dans lequel Excel écrit les fichiers CSV sous Windows.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>An export of the Policy Monitoring Platform.</source>
        <translation>Une exportation de la Plateforme de suivi des politiques.</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>%n of the rows added bring back a measure deleted here.</source>
        <translation>
            <numerusform>%n des lignes ajoutées ramène une mesure supprimée ici.</numerusform>
            <numerusform>%n des lignes ajoutées ramènent des mesures supprimées ici.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>“%1” is updated: %2.</source>
        <translation>«&#xa0;%1&#xa0;» est mise à jour&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” was deleted on %2; importing brings it back, its history going on from the deletion.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimée le %2&#xa0;; l&apos;importation la ramène, et son historique reprend à partir de la suppression.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was deleted on %2 by %3; importing brings it back, its history going on from the deletion.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimée le %2 par %3&#xa0;; l&apos;importation la ramène, et son historique reprend à partir de la suppression.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It comes back with the file&apos;s columns only: its other fields were deleted with it.</source>
        <translation>Elle revient avec les seules colonnes du fichier&#xa0;: ses autres champs ont été supprimés avec elle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It comes back with the file&apos;s columns only: its other fields were deleted with it (Edit ▸ Undo of the deletion, where it is still possible, brings it back whole).</source>
        <translation>Elle revient avec les seules colonnes du fichier&#xa0;: ses autres champs ont été supprimés avec elle (Édition ▸ Annuler appliqué à la suppression, lorsque c&apos;est encore possible, la ramène entière).</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+238"/>
        <source>The file cannot be read (%1).</source>
        <translation>Le fichier ne peut pas être lu (%1).</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>The file is empty. A CSV file for import starts with a header line naming its columns.</source>
        <translation>Le fichier est vide. Un fichier CSV à importer commence par une ligne d&apos;en-tête qui nomme ses colonnes.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This row has %1 fields but the header has %2. Check the delimiters and quotes of the row.</source>
        <translation>Cette ligne a %1 champs, mais l&apos;en-tête en a %2. Vérifiez les séparateurs et les guillemets de la ligne.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This measure identifier already appears on line %1.</source>
        <translation>Cet identifiant de mesure figure déjà à la ligne %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The measure ID %1 already appears on line %2. Each measure of the platform&apos;s export has a row of its own: remove the repeated row.</source>
        <translation>L&apos;ID de mesure %1 figure déjà à la ligne %2. Chaque mesure de l&apos;exportation de la plateforme a sa propre ligne&#xa0;: supprimez la ligne répétée.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The partner “%1” is “%2” in this catalogue, but the file says “%3”. A partner has one type of entity in every measure: write “%2” in the file.</source>
        <translation>Le partenaire «&#xa0;%1&#xa0;» est «&#xa0;%2&#xa0;» dans ce catalogue, mais le fichier indique «&#xa0;%3&#xa0;». Un partenaire a un seul type d&apos;entité dans toutes les mesures&#xa0;: écrivez «&#xa0;%2&#xa0;» dans le fichier.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The catalogue&apos;s copy of this measure could not be read (%1). Import again; if this goes on, “measures-cli check” says what is wrong, and a backup copy is the way back.</source>
        <translation>La copie de cette mesure dans le catalogue n&apos;a pas pu être lue (%1). Importez de nouveau&#xa0;; si le problème persiste, «&#xa0;measures-cli check&#xa0;» indique ce qui ne va pas, et une copie de sauvegarde permet de revenir en arrière.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalogue&apos;s copy of this measure could not be read (%1). Close the catalogue and open it again, then import again; if this goes on, restore a backup (File ▸ Restore from Backup).</source>
        <translation>La copie de cette mesure dans le catalogue n&apos;a pas pu être lue (%1). Fermez le catalogue, rouvrez-le, puis importez de nouveau&#xa0;; si le problème persiste, restaurez une copie de sauvegarde (Fichier ▸ Restaurer depuis une sauvegarde).</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>The import was cancelled, so nothing was imported.</source>
        <translation>L&apos;importation a été annulée, donc rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: the catalogue&apos;s copy of this measure could not be read (%2), so nothing was imported</source>
        <translation>ligne %1&#xa0;: la copie de cette mesure dans le catalogue n&apos;a pas pu être lue (%2), donc rien n&apos;a été importé</translation>
    </message>
    <message numerus="yes">
        <location line="-412"/>
        <source>%n left as they are, because the catalogue&apos;s copy is newer.</source>
        <translation>
            <numerusform>%n laissée telle quelle, car la copie du catalogue est plus récente.</numerusform>
            <numerusform>%n laissées telles quelles, car la copie du catalogue est plus récente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/csv/importlayout.cpp" line="+27"/>
        <source>This file looks like an export of the Policy Monitoring Platform, but it has no “%1” column. Export the view again with all its columns.</source>
        <translation>Ce fichier ressemble à une exportation de la Plateforme de suivi des politiques, mais il n&apos;a pas de colonne «&#xa0;%1&#xa0;». Exportez de nouveau la vue avec toutes ses colonnes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/csv/csvimporter.cpp" line="+9"/>
        <source>%n of the rows updated move a measure to another country: was the file a newer export of the same view?</source>
        <translation>
            <numerusform>%n des lignes mises à jour déplace une mesure vers un autre pays&#xa0;: le fichier était-il une exportation plus récente de la même vue&#xa0;?</numerusform>
            <numerusform>%n des lignes mises à jour déplacent une mesure vers un autre pays&#xa0;: le fichier était-il une exportation plus récente de la même vue&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n value(s) matched none of the catalogue&apos;s terms and were kept as written in “Values kept as written” (each listed with its line and column).</source>
        <translation>
            <numerusform>%n valeur ne correspondait à aucun terme du catalogue et a été conservée telle qu&apos;écrite dans «&#xa0;Valeurs conservées telles qu&apos;écrites&#xa0;» (avec sa ligne et sa colonne).</numerusform>
            <numerusform>%n valeurs ne correspondaient à aucun terme du catalogue et ont été conservées telles qu&apos;écrites dans «&#xa0;Valeurs conservées telles qu&apos;écrites&#xa0;» (chacune avec sa ligne et sa colonne).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” has the measure ID of a measure of %2 in the catalogue: check that this file is a newer export of the same view before importing it.</source>
        <translation>«&#xa0;%1&#xa0;» a l&apos;ID de mesure d&apos;une mesure de %2 dans le catalogue&#xa0;: vérifiez que ce fichier est une exportation plus récente de la même vue avant de l&apos;importer.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Amounts were read as each one is written: the file has some with a decimal comma and some with a decimal point.</source>
        <translation>Les montants ont été lus tels que chacun est écrit&#xa0;: le fichier en contient certains avec une virgule décimale et d&apos;autres avec un point décimal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amounts were read with a decimal comma (1.500,50), as usual in files separated by “;”.</source>
        <translation>Les montants ont été lus avec une virgule décimale (1&#xa0;500,50), comme d&apos;habitude dans les fichiers séparés par «&#xa0;;&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts were read with a decimal comma (1.500,50), as the file writes them.</source>
        <translation>Les montants ont été lus avec une virgule décimale (1&#xa0;500,50), comme le fichier les écrit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts were read with a decimal point (1,500.50), as usual in files separated by “,”.</source>
        <translation>Les montants ont été lus avec un point décimal (1,500.50), comme d&apos;habitude dans les fichiers séparés par «&#xa0;,&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts were read with a decimal point (1,500.50), as the file writes them.</source>
        <translation>Les montants ont été lus avec un point décimal (1,500.50), comme le fichier les écrit.</translation>
    </message>
    <message>
        <location line="+269"/>
        <source>The file “%1” changed after it was checked, so nothing was imported. Check it again and import what it holds now.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» a changé après avoir été vérifié, donc rien n&apos;a été importé. Vérifiez-le de nouveau et importez ce qu&apos;il contient maintenant.</translation>
    </message>
    <message>
        <location line="-368"/>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>The partner “%1” is “%2” here but “%3” on line %4. A partner has one type of entity: write the same one on every line.</source>
        <translation>Le partenaire «&#xa0;%1&#xa0;» est «&#xa0;%2&#xa0;» ici, mais «&#xa0;%3&#xa0;» à la ligne %4. Un partenaire a un seul type d&apos;entité&#xa0;: écrivez le même sur toutes les lignes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The partner “%1” is “%2” in this catalogue, but the file says “%3”. A partner has one type of entity in every measure: write “%2” in the file, or change the partner&apos;s type first with Edit ▸ Partners.</source>
        <translation>Le partenaire «&#xa0;%1&#xa0;» est «&#xa0;%2&#xa0;» dans ce catalogue, mais le fichier indique «&#xa0;%3&#xa0;». Un partenaire a un seul type d&apos;entité dans toutes les mesures&#xa0;: écrivez «&#xa0;%2&#xa0;» dans le fichier, ou changez d&apos;abord le type du partenaire avec Édition ▸ Partenaires.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The file changed while it was being read. Import it again once it is saved.</source>
        <translation>Le fichier a changé pendant sa lecture. Importez-le de nouveau une fois qu&apos;il est enregistré.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The catalogue changed after “%1” was checked, so nothing was imported. Check the file again and import it.</source>
        <translation>Le catalogue a changé après la vérification de «&#xa0;%1&#xa0;», donc rien n&apos;a été importé. Vérifiez de nouveau le fichier et importez-le.</translation>
    </message>
    <message numerus="yes">
        <location line="-357"/>
        <source>%n of the rows added look like measures already in the catalogue (the same title and country): check them for duplicates.</source>
        <translation>
            <numerusform>%n des lignes ajoutées ressemble à une mesure déjà présente dans le catalogue (même titre et même pays)&#xa0;: vérifiez qu&apos;il ne s&apos;agit pas d&apos;un doublon.</numerusform>
            <numerusform>%n des lignes ajoutées ressemblent à des mesures déjà présentes dans le catalogue (même titre et même pays)&#xa0;: vérifiez qu&apos;il ne s&apos;agit pas de doublons.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“%1” was left as it is: the catalogue&apos;s copy is newer than the file&apos;s.</source>
        <translation>«&#xa0;%1&#xa0;» a été laissée telle quelle&#xa0;: la copie du catalogue est plus récente que celle du fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” looks like “%2”, already in the catalogue (same title and country).</source>
        <translation>«&#xa0;%1&#xa0;» ressemble à «&#xa0;%2&#xa0;», déjà présente dans le catalogue (même titre et même pays).</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/csv/csvreader.cpp" line="+91"/>
        <source>The file is saved as UTF-16 text. Save it again as “CSV UTF-8” and import that file.</source>
        <translation>Le fichier est enregistré en texte UTF-16. Enregistrez-le de nouveau au format «&#xa0;CSV UTF-8&#xa0;» et importez ce fichier.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The text is not UTF-8 (perhaps Windows-1252 or Latin-1). Save the file as “CSV UTF-8” and import it again.</source>
        <translation>Le texte n&apos;est pas en UTF-8 (peut-être en Windows-1252 ou Latin-1). Enregistrez le fichier au format «&#xa0;CSV UTF-8&#xa0;» et importez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file mixes UTF-8 and Windows-1252 text, so its accents cannot be read with certainty. Open it in a spreadsheet, save it as “CSV UTF-8” and import that file.</source>
        <translation>Le fichier mélange du texte UTF-8 et Windows-1252&#xa0;: ses accents ne peuvent donc pas être lus avec certitude. Ouvrez-le dans un tableur, enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;» et importez ce fichier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The text is neither UTF-8 nor Windows-1252. Save the file as “CSV UTF-8” and import it again.</source>
        <translation>Le texte n&apos;est ni en UTF-8 ni en Windows-1252. Enregistrez le fichier au format «&#xa0;CSV UTF-8&#xa0;» et importez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The text is not UTF-8, and read as Windows-1252 it has “%1” inside a word (“%2”): it was probably saved in another encoding. Save the file as “CSV UTF-8” and import it again.</source>
        <translation>Le texte n&apos;est pas en UTF-8 et, lu en Windows-1252, il contient «&#xa0;%1&#xa0;» à l&apos;intérieur d&apos;un mot («&#xa0;%2&#xa0;»)&#xa0;: il a probablement été enregistré dans un autre encodage. Enregistrez le fichier au format «&#xa0;CSV UTF-8&#xa0;» et importez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A quoted field that starts on line %1 is never closed. Check the quotes in that row.</source>
        <translation>Un champ entre guillemets qui commence à la ligne %1 n&apos;est jamais fermé. Vérifiez les guillemets de cette ligne.</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>The file contains a NUL byte: it is not a text CSV file.</source>
        <translation>Le fichier contient un octet NUL&#xa0;: ce n&apos;est pas un fichier CSV texte.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>This is a workbook (such as an Excel .xlsx file), not a CSV file. Open it in Excel or LibreOffice, save it as “CSV UTF-8”, and import that file.</source>
        <translation>Il s&apos;agit d&apos;un classeur (comme un fichier .xlsx d&apos;Excel), pas d&apos;un fichier CSV. Ouvrez-le dans Excel ou LibreOffice, enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;» et importez ce fichier.</translation>
    </message>
    <message>
        <location line="+151"/>
        <location line="+23"/>
        <source>A field is larger than %L1 bytes. Shorten it, or check the quotes of that row.</source>
        <translation>Un champ dépasse %L1 octets. Raccourcissez-le, ou vérifiez les guillemets de cette ligne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unexpected text after a closing quote. A quote inside a field must be doubled (&quot;&quot;).</source>
        <translation>Texte inattendu après un guillemet fermant. Un guillemet à l&apos;intérieur d&apos;un champ doit être doublé (&quot;&quot;).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A quote inside a field that does not start with a quote. Put the whole field in quotes and double the inner quote (&quot;&quot;).</source>
        <translation>Un guillemet figure dans un champ qui ne commence pas par un guillemet. Mettez tout le champ entre guillemets et doublez le guillemet intérieur (&quot;&quot;).</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+13"/>
        <source>A field is larger than %L1 bytes. Shorten it.</source>
        <translation>Un champ dépasse %L1 octets. Raccourcissez-le.</translation>
    </message>
</context>
<context>
    <name>DeleteMeasuresCommand</name>
    <message>
        <location filename="../ui/session/measurecommands.cpp" line="+78"/>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Delete %Ln measure(s)</source>
        <translation>
            <numerusform>Supprimer %Ln mesure</numerusform>
            <numerusform>Supprimer %Ln mesures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../ui/dialogs/duplicatesdialog.cpp" line="+75"/>
        <source>Duplicates could not be looked for</source>
        <translation>Les doublons n&apos;ont pas pu être recherchés</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Find Duplicates</source>
        <translation>Rechercher les doublons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+75"/>
        <source>First</source>
        <translation>Première</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+75"/>
        <source>Second</source>
        <translation>Seconde</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields of the two measures</source>
        <translation>Champs des deux mesures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge These Two</source>
        <translation>&amp;Fusionner ces deux mesures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the first measure with the fields picked from the second and both lists joined; delete the second. Edit ▸ Undo takes it back.</source>
        <translation>Conserve la première mesure avec les champs choisis dans la seconde et les listes des deux réunies&#xa0;; supprime la seconde. Édition ▸ Annuler revient en arrière.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No likely duplicates: no two measures share a platform measure ID, nor, in one country, the words of their titles, most of them, or the same title in another language.</source>
        <translation>Aucun doublon probable&#xa0;: aucune paire de mesures ne partage l&apos;identifiant de mesure de la plateforme ni, dans un même pays, les mots de leurs titres, la plupart d&apos;entre eux ou le même titre dans une autre langue.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pair(s) of measures that are probably the same. Pick a pair, compare it, and merge it if it is one measure entered twice.</source>
        <translation>
            <numerusform>%n paire de mesures qui sont probablement la même. Choisissez une paire, comparez-la et fusionnez-la s&apos;il s&apos;agit d&apos;une mesure saisie deux fois.</numerusform>
            <numerusform>%n paires de mesures qui sont probablement la même. Choisissez une paire, comparez-la et fusionnez-la s&apos;il s&apos;agit d&apos;une mesure saisie deux fois.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same platform measure ID</source>
        <translation>même ID de mesure sur la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same words in the title</source>
        <translation>mêmes mots dans le titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same title in another language?</source>
        <translation>le même titre dans une autre langue&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>titles %1 % alike</source>
        <translation>titres semblables à %1&#xa0;%</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>One of these measures is no longer in the catalogue.</source>
        <translation>L&apos;une de ces mesures n&apos;est plus dans le catalogue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lists (partners, goals, areas, domains, scope, nature) are joined. For each other field that differs, pick the one to keep.</source>
        <translation>Les listes (partenaires, objectifs, domaines de suivi, domaines, portée, nature) sont réunies. Pour chaque autre champ qui diffère, choisissez celui à conserver.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Both, joined</source>
        <translation>Les deux, réunies</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same</source>
        <translation>Identique</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The two measures were not merged</source>
        <translation>Les deux mesures n&apos;ont pas été fusionnées</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Show the fields that are the same in both (%Ln)</source>
        <translation>
            <numerusform>Afficher le champ identique dans les deux (%Ln)</numerusform>
            <numerusform>Afficher les champs identiques dans les deux (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EarlierFormPage</name>
    <message>
        <location filename="../ui/editor/earlierformpage.cpp" line="+151"/>
        <source>What earlier periodic reports and the Policy Monitoring Platform hold about this measure. Values an import could not match to the catalogue&apos;s terms are kept at the end, as written.</source>
        <translation>Ce que les rapports périodiques antérieurs et la Plateforme de suivi des politiques contiennent sur cette mesure. Les valeurs qu&apos;une importation n&apos;a pas pu faire correspondre aux termes du catalogue sont conservées à la fin, telles qu&apos;écrites.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1:</source>
        <comment>a field&apos;s label</comment>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EditLock</name>
    <message>
        <location filename="../core/catalogue/editlock.cpp" line="+35"/>
        <source>owner unknown</source>
        <translation>propriétaire inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, process %2 on %3</source>
        <translation>%1, processus %2 sur %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../core/model/choices.cpp" line="+17"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="+128"/>
        <source>Exporting measures…</source>
        <translation>Exportation des mesures…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export failed</source>
        <translation>L&apos;exportation a échoué</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV for Excel (UTF-8 with BOM; “;” and decimal commas in Spanish and French)</source>
        <translation>CSV pour Excel (UTF-8 avec BOM&#xa0;; «&#xa0;;&#xa0;» et virgule décimale en espagnol et en français)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard CSV (UTF-8, “,”, for LibreOffice and other programs)</source>
        <translation>CSV standard (UTF-8, «&#xa0;,&#xa0;», pour LibreOffice et d&apos;autres programmes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of headers and values:</source>
        <translation>Langue des en-têtes et des valeurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of headers and values</source>
        <translation>Langue des en-têtes et des valeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column headers:</source>
        <translation>En-têtes de colonnes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column names, for reading</source>
        <translation>Noms des colonnes, pour la lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stable keys, for importing again</source>
        <translation>Clés stables, pour réimporter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write codes instead of labels (e.g. “music” instead of “Music”)</source>
        <translation>Écrire des codes au lieu des libellés (par ex. «&#xa0;music&#xa0;» au lieu de «&#xa0;Musique&#xa0;»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect against formulas (cells starting with = + - @ get a leading &apos;)</source>
        <translation>Protéger contre les formules (les cellules commençant par = + - @ reçoivent un &apos; initial)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets run cells that start with these characters as formulas. Keep this on unless you know the file will not be opened in a spreadsheet.</source>
        <translation>Les tableurs exécutent comme des formules les cellules qui commencent par ces caractères. Laissez cette option activée, sauf si vous savez que le fichier ne sera pas ouvert dans un tableur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Include the identifier column, so that the file can be imported again as changes</source>
        <translation>Inclure la colonne de l&apos;identifiant, pour que le fichier puisse être réimporté comme modifications</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+19"/>
        <source>Export the View</source>
        <translation>Exporter la vue</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Excel workbook (.xlsx: numbers as numbers, header frozen with filters)</source>
        <translation>Classeur Excel (.xlsx&#xa0;: nombres en tant que nombres, en-tête figé avec filtres)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Without it, importing the edited file adds every row as a new measure.</source>
        <translation>Sans elle, l&apos;importation du fichier modifié ajoute chaque ligne comme une nouvelle mesure.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The export holds exactly the current view: %Ln measure(s), in the table&apos;s order, with its %1 visible columns.</source>
        <translation>
            <numerusform>L&apos;exportation contient exactement la vue actuelle&#xa0;: %Ln mesure, dans l&apos;ordre du tableau, avec ses %1 colonnes visibles.</numerusform>
            <numerusform>L&apos;exportation contient exactement la vue actuelle&#xa0;: %Ln mesures, dans l&apos;ordre du tableau, avec ses %1 colonnes visibles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetButton</name>
    <message>
        <location filename="../ui/widgets/facetbutton.cpp" line="+214"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type to narrow the list</source>
        <translation>Tapez pour filtrer la liste</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../ui/mainwindow/filecontroller.cpp" line="+48"/>
        <source>Checking “%1”…</source>
        <translation>Vérification de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Measures catalogues (*.measures);;All files (*)</source>
        <translation>Catalogues de mesures (*.measures);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Catalogue in use</source>
        <translation>Catalogue en cours d&apos;utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+9"/>
        <source>The catalogue cannot be opened</source>
        <translation>Le catalogue ne peut pas être ouvert</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The catalogue was upgraded to this version; a copy of it as it was is in “%1”.</source>
        <translation>Le catalogue a été mis à jour vers cette version&#xa0;; une copie de son état antérieur se trouve dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was written: %1. Choose a folder you can write to, with enough free space; the catalogue itself is unchanged.</source>
        <translation>Rien n&apos;a été écrit&#xa0;: %1. Choisissez un dossier dans lequel vous pouvez écrire, avec suffisamment d&apos;espace libre&#xa0;; le catalogue lui-même n&apos;a pas changé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An older catalogue, opened read-only</source>
        <translation>Un catalogue ancien, ouvert en lecture seule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrade it and open it for editing (a safety copy is made first), or save an upgraded copy and open that, leaving the original as it is?</source>
        <translation>Le mettre à jour et l&apos;ouvrir en modification (une copie de sauvegarde est faite d&apos;abord), ou enregistrer une copie mise à jour et ouvrir celle-ci, en laissant l&apos;original tel quel&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade and Open</source>
        <translation>Mettre à jour et ouvrir</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The sample catalogue cannot be created</source>
        <translation>Le catalogue d&apos;exemple ne peut pas être créé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Catalogue</source>
        <translation>Ouvrir un catalogue</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>New Catalogue</source>
        <translation>Nouveau catalogue</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>measures.measures</source>
        <translation>mesures.measures</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” already exists and was not replaced. Choose a new name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà et n&apos;a pas été remplacé. Choisissez un nouveau nom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The catalogue cannot be created</source>
        <translation>Le catalogue ne peut pas être créé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import Measures from CSV</source>
        <translation>Importer des mesures depuis un fichier CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import the Policy Monitoring Platform&apos;s Export</source>
        <translation>Importer l&apos;exportation de la Plateforme de suivi des politiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV exports of the platform (*.csv);;All files (*)</source>
        <translation>Exportations CSV de la plateforme (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge a Colleague&apos;s Catalogue</source>
        <translation>Fusionner le catalogue d&apos;un collègue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogues (*.%1);;All files (*)</source>
        <translation>Catalogues (*.%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <location line="+27"/>
        <location line="+10"/>
        <source>Nothing was merged</source>
        <translation>Rien n&apos;a été fusionné</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>“%1” brings nothing new: no measure changed here. The measures&apos; histories now record what it holds, so merging in either direction asks nothing.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;apporte rien de nouveau&#xa0;: aucune mesure n&apos;a changé ici. Les historiques des mesures enregistrent désormais son contenu, de sorte qu&apos;une fusion dans un sens comme dans l&apos;autre ne demande rien.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Undoing a merge here took away “%1”&apos;s version of %n measure(s). Compare Again shows them beside yours, to take theirs where you choose.</source>
        <translation>
            <numerusform>L&apos;annulation d&apos;une fusion ici a retiré la version de «&#xa0;%1&#xa0;» de %n mesure. «&#xa0;Comparer à nouveau&#xa0;» la montre à côté de la vôtre, pour reprendre celle du collègue si vous le souhaitez.</numerusform>
            <numerusform>L&apos;annulation d&apos;une fusion ici a retiré la version de «&#xa0;%1&#xa0;» de %n mesures. «&#xa0;Comparer à nouveau&#xa0;» les montre à côté des vôtres, pour reprendre celles du collègue là où vous le souhaitez.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Compare Again…</source>
        <translation>&amp;Comparer à nouveau…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit ▸ Undo takes the merge back.</source>
        <translation>Édition ▸ Annuler revient sur la fusion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The histories record the sides you picked, so merging it again does not ask again.</source>
        <translation>Les historiques enregistrent les côtés que vous avez choisis&#xa0;: fusionner de nouveau ce catalogue ne reposera donc pas la question.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue as it was before is in the backup copy “%1”.</source>
        <translation>Le catalogue tel qu&apos;il était auparavant se trouve dans la copie de sauvegarde «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Undoing a merge here took away “%1”&apos;s version of %n measure(s): merge the same file again to compare them again.</source>
        <translation>
            <numerusform>L&apos;annulation d&apos;une fusion ici a retiré la version de «&#xa0;%1&#xa0;» de %n mesure&#xa0;: fusionnez de nouveau le même fichier pour la comparer à nouveau.</numerusform>
            <numerusform>L&apos;annulation d&apos;une fusion ici a retiré la version de «&#xa0;%1&#xa0;» de %n mesures&#xa0;: fusionnez de nouveau le même fichier pour les comparer à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your Name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each measure&apos;s history names who changed it. Your name, as colleagues merging your catalogue should see it:</source>
        <translation>L&apos;historique de chaque mesure indique qui l&apos;a modifiée. Votre nom, tel que doivent le voir les collègues qui fusionnent votre catalogue&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes you make from now on are recorded as made by %1.</source>
        <translation>Les modifications que vous ferez désormais seront enregistrées comme faites par %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup Copies Kept</source>
        <translation>Copies de sauvegarde conservées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies made without asking — when a changed catalogue is closed, before a merge, before a large import — are kept in the catalogue&apos;s backups folder, the newest of each kind. How many of each kind? (Copies you make with File ▸ Back Up are never removed. 0 makes no copy when closing and removes none.)</source>
        <translation>Les copies faites sans vous le demander — à la fermeture d&apos;un catalogue modifié, avant une fusion, avant une importation volumineuse — sont conservées dans le dossier des sauvegardes du catalogue, les plus récentes de chaque type. Combien de chaque type&#xa0;? (Les copies que vous faites avec Fichier ▸ Copie de sauvegarde ne sont jamais supprimées. Avec 0, aucune copie n&apos;est faite à la fermeture et aucune n&apos;est supprimée.)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No copy is made when closing from now on, and none is removed.</source>
        <translation>Désormais, aucune copie n&apos;est faite à la fermeture et aucune n&apos;est supprimée.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The newest %n copies of each kind are kept from now on.</source>
        <translation>
            <numerusform>Désormais, la copie la plus récente de chaque type est conservée.</numerusform>
            <numerusform>Désormais, les %n copies les plus récentes de chaque type sont conservées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The check of “%1” was cancelled. Nothing was imported.</source>
        <translation>La vérification de «&#xa0;%1&#xa0;» a été annulée. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not an Export of the Platform</source>
        <translation>Pas un export de la Plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not an export of the Policy Monitoring Platform: its columns are not the platform&apos;s. Import it as a spreadsheet of measures instead?</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un export de la Plateforme de suivi des politiques&#xa0;: ses colonnes ne sont pas celles de la plateforme. L&apos;importer plutôt comme tableur de mesures&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import as a &amp;Spreadsheet</source>
        <translation>Importer comme &amp;tableur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Back Up the Catalogue</source>
        <translation>Copie de sauvegarde du catalogue</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup copy was not made</source>
        <translation>La copie de sauvegarde n&apos;a pas été faite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup copy saved as “%1”.</source>
        <translation>Copie de sauvegarde enregistrée sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (kept when closing).measures</source>
        <translation>%1 (conservé à la fermeture).measures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (kept when closing) %2.measures</source>
        <translation>%1 (conservé à la fermeture) %2.measures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalogue file was gone; a copy could not be saved in “%1” (%2).</source>
        <translation>Le fichier du catalogue avait disparu&#xa0;; une copie n&apos;a pas pu être enregistrée dans «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalogue file was gone; its latest changes were saved in “%1”, which opens next time.</source>
        <translation>Le fichier du catalogue avait disparu&#xa0;; ses dernières modifications ont été enregistrées dans «&#xa0;%1&#xa0;», qui s&apos;ouvrira la prochaine fois.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The catalogue file is gone</source>
        <translation>Le fichier du catalogue a disparu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file “%1” was moved, renamed or deleted while this window had it open. Its latest changes may be held only by this window now: save a copy to be sure to keep them.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» a été déplacé, renommé ou supprimé alors que cette fenêtre l&apos;avait ouvert. Ses dernières modifications ne sont peut-être plus détenues que par cette fenêtre&#xa0;: enregistrez une copie pour être sûr de les conserver.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save a Copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Without Saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Restoring “%1”…</source>
        <translation>Restauration de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restoring was cancelled; no file was made.</source>
        <translation>La restauration a été annulée&#xa0;; aucun fichier n&apos;a été créé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup could not be restored</source>
        <translation>La copie de sauvegarde n&apos;a pas pu être restaurée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup restored</source>
        <translation>Copie de sauvegarde restaurée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup copy is now open as “%1”. The catalogue “%2” was not changed; keep whichever you need.</source>
        <translation>La copie de sauvegarde est maintenant ouverte sous le nom «&#xa0;%1&#xa0;». Le catalogue «&#xa0;%2&#xa0;» n&apos;a pas été modifié&#xa0;; conservez celui dont vous avez besoin.</translation>
    </message>
    <message>
        <location line="-530"/>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the other window has closed the catalogue</source>
        <translation>Quand l&apos;autre fenêtre aura fermé le catalogue</translation>
    </message>
    <message>
        <location line="+340"/>
        <source>Edit ▸ Undo takes the import back.</source>
        <translation>Édition ▸ Annuler revient sur l&apos;importation.</translation>
    </message>
    <message>
        <location line="-358"/>
        <source>“%1” is the catalogue open in this window.</source>
        <translation>«&#xa0;%1&#xa0;» est le catalogue ouvert dans cette fenêtre.</translation>
    </message>
    <message numerus="yes">
        <location line="+558"/>
        <source>Exported %Ln measure(s).</source>
        <translation>
            <numerusform>%Ln mesure exportée.</numerusform>
            <numerusform>%Ln mesures exportées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-146"/>
        <source>No catalogue is open.</source>
        <translation>Aucun catalogue n&apos;est ouvert.</translation>
    </message>
    <message>
        <location line="-304"/>
        <location line="+307"/>
        <source>A file named “%1” already exists. Choose another name: a copy never replaces a file.</source>
        <translation>Un fichier nommé «&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom&#xa0;: une copie ne remplace jamais un fichier.</translation>
    </message>
    <message>
        <location line="-315"/>
        <location line="+381"/>
        <source>%1 (copy).measures</source>
        <translation>%1 (copie).measures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a Copy of the Catalogue</source>
        <translation>Enregistrer une copie du catalogue</translation>
    </message>
    <message>
        <location line="-375"/>
        <location line="+7"/>
        <location line="+377"/>
        <source>The copy was not saved</source>
        <translation>La copie n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>“%1” brings nothing new: every measure in it is here already, the same or with later changes made here.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;apporte rien de nouveau&#xa0;: chacune de ses mesures est déjà ici, identique ou avec des modifications plus récentes faites ici.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+12"/>
        <source>Nothing New to Merge</source>
        <translation>Rien de nouveau à fusionner</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>(Or Edit ▸ Redo, which redoes the last step undone, whole.)</source>
        <translation>(Ou Édition ▸ Rétablir, qui rétablit en entier la dernière étape annulée.)</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+9"/>
        <location line="+1"/>
        <source>“%1” merged: %2.</source>
        <translation>«&#xa0;%1&#xa0;» fusionné&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>This step cannot be undone</source>
        <translation>Cette étape ne peut pas être annulée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It was too large to keep for Edit ▸ Undo, and earlier steps can no longer be undone either. The catalogue as it was before is in the backup copy “%1”: File ▸ Restore from Backup opens it.</source>
        <translation>Elle était trop volumineuse pour être conservée pour Édition ▸ Annuler, et les étapes précédentes ne peuvent plus être annulées non plus. Le catalogue tel qu&apos;il était auparavant se trouve dans la copie de sauvegarde «&#xa0;%1&#xa0;»&#xa0;: Fichier ▸ Restaurer depuis une sauvegarde l&apos;ouvre.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Copy saved as “%1”. This window stays on “%2”.</source>
        <translation>Copie enregistrée sous «&#xa0;%1&#xa0;». Cette fenêtre reste sur «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy saved</source>
        <translation>Copie enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy “%1” can be edited. Open it now?</source>
        <translation>La copie «&#xa0;%1&#xa0;» peut être modifiée. L&apos;ouvrir maintenant&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the Copy</source>
        <translation>Ouvrir la copie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Viewing</source>
        <translation>Continuer la consultation</translation>
    </message>
    <message>
        <location line="-427"/>
        <source>An older catalogue that cannot be upgraded where it is</source>
        <translation>Un catalogue ancien qui ne peut pas être mis à jour là où il se trouve</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save an upgraded copy somewhere you can write, and open that? The original is not changed.</source>
        <translation>Enregistrer une copie mise à jour à un endroit où vous pouvez écrire, et l&apos;ouvrir&#xa0;? L&apos;original n&apos;est pas modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save an Upgraded Copy…</source>
        <translation>Enregistrer une copie mise à jour…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save an Upgraded Copy</source>
        <translation>Enregistrer une copie mise à jour</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../ui/widgets/filedialogs.cpp" line="+23"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measures catalogue</source>
        <translation>Catalogue de mesures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 file</source>
        <translation>Fichier %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="+223"/>
        <source>Search titles, agencies, objectives, results… (accents optional)</source>
        <translation>Rechercher dans les titres, organismes, objectifs, résultats… (accents facultatifs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search measures</source>
        <translation>Rechercher des mesures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every word must appear (as the start of a word). Ctrl+F comes back here.</source>
        <translation>Chaque mot doit apparaître (comme début d&apos;un mot). Ctrl+F ramène ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter:</source>
        <translation>Filtrer&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring area</source>
        <translation>Domaine de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner type</source>
        <translation>Type de partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluated</source>
        <translation>Évaluée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>À compléter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the measures that still lack something the periodic report asks for: a goal, a domain, main features, results, whether it was evaluated, or funding</source>
        <translation>Uniquement les mesures auxquelles il manque encore un élément demandé par le rapport périodique&#xa0;: un objectif, un domaine, les caractéristiques principales, des résultats, l&apos;indication d&apos;une évaluation, ou le financement</translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>%Ln measure(s)</source>
        <translation>
            <numerusform>%Ln mesure</numerusform>
            <numerusform>%Ln mesures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln measure(s)</source>
        <translation>
            <numerusform>%1 sur %Ln mesure</numerusform>
            <numerusform>%1 sur %Ln mesures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterDescription</name>
    <message>
        <location filename="../core/query/filterdescription.cpp" line="+14"/>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none: every measure</source>
        <translation>aucun&#xa0;: toutes les mesures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Partner type</source>
        <translation>Type de partenaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs attention</source>
        <translation>À compléter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the measures that still lack something the periodic report asks for</source>
        <translation>uniquement les mesures auxquelles il manque encore un élément demandé par le rapport périodique</translation>
    </message>
</context>
<context>
    <name>HistoryHtml</name>
    <message>
        <location filename="../ui/models/historyhtml.cpp" line="+13"/>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged with a colleague&apos;s catalogue</source>
        <translation>Fusionnée avec le catalogue d&apos;un collègue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As it was when this catalogue began keeping history</source>
        <translation>Telle qu&apos;elle était quand ce catalogue a commencé à tenir un historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner list changed</source>
        <translation>Liste des partenaires modifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged with a duplicate</source>
        <translation>Fusionnée avec un doublon</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Undo or redo</source>
        <translation>Annulation ou rétablissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge undone</source>
        <translation>Fusion annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared again with a colleague&apos;s catalogue</source>
        <translation>Comparée à nouveau avec le catalogue d&apos;un collègue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No history yet: it starts with the next change.</source>
        <translation>Pas encore d&apos;historique&#xa0;: il commence avec la prochaine modification.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted by undoing or redoing a step</source>
        <translation>Supprimée par l&apos;annulation ou le rétablissement d&apos;une étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted by undoing a merge</source>
        <translation>Supprimée par l&apos;annulation d&apos;une fusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted, compared again with a colleague&apos;s catalogue</source>
        <translation>Supprimée, comparée à nouveau avec le catalogue d&apos;un collègue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created by an import</source>
        <translation>Créée par une importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came with a colleague&apos;s catalogue</source>
        <translation>Arrivée avec le catalogue d&apos;un collègue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brought back by an import</source>
        <translation>Récupérée par une importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brought back by a colleague&apos;s catalogue</source>
        <translation>Récupérée par le catalogue d&apos;un collègue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brought back by undoing or redoing a step</source>
        <translation>Récupérée par l&apos;annulation ou le rétablissement d&apos;une étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brought back by undoing a merge</source>
        <translation>Récupérée par l&apos;annulation d&apos;une fusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brought back from a colleague&apos;s catalogue, compared again</source>
        <translation>Récupérée depuis le catalogue d&apos;un collègue, comparée à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brought back</source>
        <translation>Récupérée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As it was when this catalogue was upgraded to keep a stronger history</source>
        <translation>Telle qu&apos;elle était quand ce catalogue a été mis à jour pour tenir un historique plus solide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merged with a colleague&apos;s catalogue: kept as it was here</source>
        <translation>Fusionnée avec le catalogue d&apos;un collègue&#xa0;: conservée telle qu&apos;elle était ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared again with a colleague&apos;s catalogue: kept as it was here</source>
        <translation>Comparée à nouveau avec le catalogue d&apos;un collègue&#xa0;: conservée telle qu&apos;elle était ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no field changed</source>
        <translation>%1&#xa0;: aucun champ modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <comment>how: which fields</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone unnamed</source>
        <translation>une personne non nommée</translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <location filename="../ui/models/importplanmodel.cpp" line="+72"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add (look alike)</source>
        <translation>Ajouter (ressemble à une autre)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bring back</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already up to date</source>
        <translation>Déjà à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left as it is</source>
        <translation>Laissée telle quelle</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Looks like “%1”, already in the catalogue (the same title and country): check it is not the same measure.</source>
        <translation>Ressemble à «&#xa0;%1&#xa0;», déjà présente dans le catalogue (même titre et même pays)&#xa0;: vérifiez qu&apos;il ne s&apos;agit pas de la même mesure.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 → %3</source>
        <comment>a field, its value before and after</comment>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes: %1</source>
        <translation>Modifications&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A measure of %1 has this measure ID: check the file is a newer export of the same view. %2</source>
        <translation>Une mesure de %1 a cet ID de mesure&#xa0;: vérifiez que le fichier est une exportation plus récente de la même vue. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalogue&apos;s copy was changed after the file&apos;s: it is kept.</source>
        <translation>La copie du catalogue a été modifiée après celle du fichier&#xa0;: elle est conservée.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens</source>
        <translation>Ce qui sera fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../ui/dialogs/importpreviewdialog.cpp" line="+154"/>
        <source>Import Preview</source>
        <translation>Aperçu de l&apos;importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows of the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing the Policy Monitoring Platform&apos;s export “%1” into “%2”</source>
        <translation>Importation de l&apos;exportation de la Plateforme de suivi des politiques «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing “%1” into “%2”</source>
        <translation>Importation de «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Nothing can be imported yet: the file has %n problem(s). Correct them in the file, save it and import it again. Nothing has been written.</source>
        <translation>
            <numerusform>Rien ne peut encore être importé&#xa0;: le fichier présente %n problème. Corrigez-le dans le fichier, enregistrez celui-ci et importez-le de nouveau. Rien n&apos;a été écrit.</numerusform>
            <numerusform>Rien ne peut encore être importé&#xa0;: le fichier présente %n problèmes. Corrigez-les dans le fichier, enregistrez celui-ci et importez-le de nouveau. Rien n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) in the file: </source>
        <translation>
            <numerusform>%n ligne dans le fichier&#xa0;: </numerusform>
            <numerusform>%n lignes dans le fichier&#xa0;: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n to add, </source>
        <translation>
            <numerusform>%n à ajouter, </numerusform>
            <numerusform>%n à ajouter, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to update, </source>
        <translation>
            <numerusform>%n à mettre à jour, </numerusform>
            <numerusform>%n à mettre à jour, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n already up to date.</source>
        <translation>
            <numerusform>%n déjà à jour.</numerusform>
            <numerusform>%n déjà à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n will be left as they are, because the catalogue&apos;s copy is newer.</source>
        <translation>
            <numerusform>%n sera laissée telle quelle, car la copie du catalogue est plus récente.</numerusform>
            <numerusform>%n seront laissées telles quelles, car la copie du catalogue est plus récente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of the rows to add look like measures already in the catalogue (the same title and country): check them before importing.</source>
        <translation>
            <numerusform>%n des lignes à ajouter ressemble à une mesure déjà présente dans le catalogue (même titre et même pays)&#xa0;: vérifiez-la avant d&apos;importer.</numerusform>
            <numerusform>%n des lignes à ajouter ressemblent à des mesures déjà présentes dans le catalogue (même titre et même pays)&#xa0;: vérifiez-les avant d&apos;importer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of the rows to add bring back a measure deleted here (Show lists them, with when and by whom it was deleted).</source>
        <translation>
            <numerusform>%n des lignes à ajouter ramène une mesure supprimée ici («&#xa0;Afficher&#xa0;» la présente, avec la date et l&apos;auteur de la suppression).</numerusform>
            <numerusform>%n des lignes à ajouter ramènent des mesures supprimées ici («&#xa0;Afficher&#xa0;» les présente, avec la date et l&apos;auteur de chaque suppression).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing would change: there is nothing to import.</source>
        <translation>Rien ne changerait&#xa0;: il n&apos;y a rien à importer.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of the rows to update would move a measure to another country: check that the file is a newer export of the same view (Show lists them).</source>
        <translation>
            <numerusform>%n des lignes à mettre à jour déplacerait une mesure vers un autre pays&#xa0;: vérifiez que le fichier est une exportation plus récente de la même vue («&#xa0;Afficher&#xa0;» la présente).</numerusform>
            <numerusform>%n des lignes à mettre à jour déplaceraient une mesure vers un autre pays&#xa0;: vérifiez que le fichier est une exportation plus récente de la même vue («&#xa0;Afficher&#xa0;» les présente).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows are matched to measures by the platform&apos;s measure ID: importing a newer export of the same view updates them.</source>
        <translation>Les lignes sont associées aux mesures par l&apos;ID de mesure de la plateforme&#xa0;: importer une exportation plus récente de la même vue les met à jour.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Kept as written: %n value(s) that match none of the catalogue&apos;s terms go to “Values kept as written” of their measure, as FILE:LINE:COLUMN:</source>
        <translation>
            <numerusform>&amp;Conservées telles qu&apos;écrites&#xa0;: %n valeur qui ne correspond à aucun terme du catalogue va dans «&#xa0;Valeurs conservées telles qu&apos;écrites&#xa0;» de sa mesure, sous la forme FICHIER:LIGNE:COLONNE&#xa0;:</numerusform>
            <numerusform>&amp;Conservées telles qu&apos;écrites&#xa0;: %n valeurs qui ne correspondent à aucun terme du catalogue vont dans «&#xa0;Valeurs conservées telles qu&apos;écrites&#xa0;» de leur mesure, sous la forme FICHIER:LIGNE:COLONNE&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Problems (the first %n), as FILE:LINE:COLUMN:</source>
        <translation>
            <numerusform>&amp;Problèmes (le premier), sous la forme FICHIER:LIGNE:COLONNE&#xa0;:</numerusform>
            <numerusform>&amp;Problèmes (les %n premiers), sous la forme FICHIER:LIGNE:COLONNE&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Problems, as FILE:LINE:COLUMN:</source>
        <translation>&amp;Problèmes, sous la forme FICHIER:LIGNE:COLONNE&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All rows (%L1)</source>
        <translation>Toutes les lignes (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To add (%L1)</source>
        <translation>À ajouter (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To update (%L1)</source>
        <translation>À mettre à jour (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to another country (%L1)</source>
        <translation>Changent de pays (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look like a measure already there (%L1)</source>
        <translation>Ressemblent à une mesure existante (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted here before (%L1)</source>
        <translation>Supprimées ici auparavant (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already up to date (%L1)</source>
        <translation>Déjà à jour (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left as they are (%L1)</source>
        <translation>Laissées telles quelles (%L1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This import is too large to undo: a backup copy of the catalogue is made first, and earlier steps can no longer be undone either.</source>
        <translation>Cette importation est trop volumineuse pour être annulée&#xa0;: une copie de sauvegarde du catalogue est faite d&apos;abord, et les étapes précédentes ne pourront plus être annulées non plus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole import is one step: Edit ▸ Undo takes it back.</source>
        <translation>Toute l&apos;importation constitue une seule étape&#xa0;: Édition ▸ Annuler revient dessus.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%L1 of the file&apos;s %L2 rows are listed here, those that change the catalogue first; the import takes all of them.</source>
        <translation>%L1 des %L2 lignes du fichier sont listées ici, celles qui modifient le catalogue en premier&#xa0;; l&apos;importation les prend toutes.</translation>
    </message>
</context>
<context>
    <name>IncomingCheck</name>
    <message>
        <location filename="../core/merge/incomingcheck.cpp" line="+38"/>
        <source>The measure “%1” has no valid identifier (“%2”).</source>
        <translation>La mesure «&#xa0;%1&#xa0;» n&apos;a pas d&apos;identifiant valide («&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The measure “%1” (%2) keeps a record of the platform&apos;s last import that this catalogue cannot hold.</source>
        <translation>La mesure «&#xa0;%1&#xa0;» (%2) conserve une trace de la dernière importation de la plateforme que ce catalogue ne peut pas contenir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The measure “%1” (%2) holds a value this catalogue refuses: %3: %4</source>
        <translation>La mesure «&#xa0;%1&#xa0;» (%2) contient une valeur que ce catalogue refuse&#xa0;: %3&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The history of the measure %1 is damaged or was changed by another program (revision “%2”).</source>
        <translation>L&apos;historique de la mesure %1 est endommagé ou a été modifié par un autre programme (révision «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history of the measure %1 names an author this catalogue cannot keep (more than %L2 characters, or a NUL character).</source>
        <translation>L&apos;historique de la mesure %1 nomme un auteur que ce catalogue ne peut pas conserver (plus de %L2 caractères, ou un caractère NUL).</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../core/merge/merge.cpp" line="+231"/>
        <location filename="../core/team/teamcopy.cpp" line="+261"/>
        <source>The history of the partner “%1” is damaged or was changed by another program.</source>
        <translation>L&apos;historique du partenaire «&#xa0;%1&#xa0;» est endommagé ou a été modifié par un autre programme.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A deletion is recorded of “%1”, which is not a measure identifier.</source>
        <translation>Une suppression est enregistrée pour «&#xa0;%1&#xa0;», qui n&apos;est pas un identifiant de mesure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deletion is recorded with a platform measure ID this catalogue cannot hold (%1).</source>
        <translation>Une suppression est enregistrée avec un ID de mesure de la plateforme que ce catalogue ne peut pas contenir (%1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A list value has the code “%1”, which this catalogue cannot hold.</source>
        <translation>Une valeur de liste a le code «&#xa0;%1&#xa0;», que ce catalogue ne peut pas contenir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>The list value “%1” is refused: %2</source>
        <translation>La valeur de liste «&#xa0;%1&#xa0;» est refusée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list value “%1” has labels in %2 languages, more than any catalogue made by this app.</source>
        <translation>La valeur de liste «&#xa0;%1&#xa0;» a des libellés dans %2 langues, plus que tout catalogue fait avec cette application.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The list value “%1” has a label in a language coded “%2”, which this catalogue cannot hold.</source>
        <translation>La valeur de liste «&#xa0;%1&#xa0;» a un libellé dans une langue de code «&#xa0;%2&#xa0;», que ce catalogue ne peut pas conserver.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The history of the measure %1 holds more than %L2 revisions, more than any catalogue made by this app.</source>
        <translation>L&apos;historique de la mesure %1 contient plus de %L2 révisions, plus que tout catalogue créé par cette application.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The history of the partner “%1” holds more than %L2 revisions, more than any catalogue made by this app.</source>
        <translation>L&apos;historique du partenaire «&#xa0;%1&#xa0;» contient plus de %L2 révisions, plus que tout catalogue créé par cette application.</translation>
    </message>
    <message>
        <location filename="../core/merge/merge.cpp" line="+3"/>
        <source>The partner “%1” has the type “%2”, which neither catalogue knows.</source>
        <translation>Le partenaire «&#xa0;%1&#xa0;» a le type «&#xa0;%2&#xa0;», qu&apos;aucun des deux catalogues ne connaît.</translation>
    </message>
    <message>
        <location line="+188"/>
        <location filename="../core/team/teamcopy.cpp" line="-166"/>
        <source>The measure “%1” (%2) does not hold what its history records: another program changed it.</source>
        <translation>La mesure «&#xa0;%1&#xa0;» (%2) ne contient pas ce que son historique enregistre&#xa0;: un autre programme l&apos;a modifiée.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A measure&apos;s identifier “%1” is not a UUID.</source>
        <translation>L&apos;identifiant d&apos;une mesure, «&#xa0;%1&#xa0;», n&apos;est pas un UUID.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/team/teamcopy.cpp" line="-27"/>
        <source>The history of the measure %1 is damaged or was changed by another program (its present revision is not among its revisions).</source>
        <translation>L&apos;historique de la mesure %1 est endommagé ou a été modifié par un autre programme (sa révision actuelle ne figure pas parmi ses révisions).</translation>
    </message>
</context>
<context>
    <name>KeptEdit</name>
    <message>
        <location filename="../ui/mainwindow/keptedit.cpp" line="+100"/>
        <source>An unsaved edit was kept</source>
        <translation>Une modification non enregistrée a été conservée</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application stopped while the measure “%1” was being edited: the system ended it, or it failed. What was typed was kept.</source>
        <translation>L&apos;application s&apos;est arrêtée pendant la modification de la mesure «&#xa0;%1&#xa0;»&#xa0;: le système l&apos;a fermée, ou elle a planté. Ce qui avait été saisi a été conservé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application stopped while the measure “%1” was being edited: the system ended it, or it failed. What was typed was kept, but the measure has been deleted since: saving the kept edit adds it again as a new measure.</source>
        <translation>L&apos;application s&apos;est arrêtée pendant la modification de la mesure «&#xa0;%1&#xa0;»&#xa0;: le système l&apos;a fermée, ou elle a planté. Ce qui avait été saisi a été conservé, mais la mesure a été supprimée depuis&#xa0;: enregistrer la modification conservée la rajoute comme nouvelle mesure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The application stopped while a new measure, “%1”, was being entered: the system ended it, or it failed. What was typed was kept.</source>
        <translation>L&apos;application s&apos;est arrêtée pendant la saisie d&apos;une nouvelle mesure, «&#xa0;%1&#xa0;»&#xa0;: le système l&apos;a fermée, ou elle a planté. Ce qui avait été saisi a été conservé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It was last kept at %1.</source>
        <translation>Elle a été conservée pour la dernière fois le %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It differs from the saved measure in: %1.</source>
        <translation>Elle diffère de la mesure enregistrée sur&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>It holds: %1.</source>
        <translation>Elle contient&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it in the form to finish it?</source>
        <translation>L&apos;ouvrir dans le formulaire pour la terminer&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>Open in the Form</source>
        <translation>Ouvrir dans le formulaire</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Discard It</source>
        <translation>L&apos;abandonner</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+5"/>
        <source>The kept edit was not opened</source>
        <translation>La modification conservée n&apos;a pas été ouverte</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Decide Later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The measure changed after your edit began</source>
        <translation>La mesure a changé après le début de votre modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was changed and saved on %2, after the edit that was kept had begun. Opening the kept edit shows your values in every field, including fields you had not changed: check each section before saving, or discard the kept edit.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifiée et enregistrée le %2, après le début de la modification conservée. Ouvrir la modification conservée affiche vos valeurs dans tous les champs, y compris ceux que vous n&apos;aviez pas modifiés&#xa0;: vérifiez chaque section avant d&apos;enregistrer, ou abandonnez la modification conservée.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+160"/>
        <source>Search failed</source>
        <translation>La recherche a échoué</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The filters cannot pick out the measures without a value; the statistics count them.</source>
        <translation>Les filtres ne peuvent pas isoler les mesures sans valeur&#xa0;; les statistiques, elles, les comptent.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Undo failed</source>
        <translation>L&apos;annulation a échoué</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Undone: %1.</source>
        <translation>Annulé&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redone: %1.</source>
        <translation>Rétabli&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>Vi&amp;ew Measure…</source>
        <translation>Voir la &amp;mesure…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the selected measure (read-only)</source>
        <translation>Afficher la mesure sélectionnée (lecture seule)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n pair(s) of duplicates merged. Edit ▸ Undo takes each back.</source>
        <translation>
            <numerusform>%n paire de doublons fusionnée. Édition ▸ Annuler revient sur chaque fusion.</numerusform>
            <numerusform>%n paires de doublons fusionnées. Édition ▸ Annuler revient sur chaque fusion.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+3"/>
        <source>Measures Catalogue</source>
        <translation>Catalogue des mesures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (read-only) — Measures Catalogue</source>
        <translation>%1 (lecture seule) — Catalogue des mesures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — Measures Catalogue</source>
        <translation>%1 — Catalogue des mesures</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+15"/>
        <source>Measure saved.</source>
        <translation>Mesure enregistrée.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete the measure “%1”?</source>
        <translation>Supprimer la mesure «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>You can bring them back with Edit ▸ Undo.</source>
        <translation>
            <numerusform>Vous pouvez la récupérer avec Édition ▸ Annuler.</numerusform>
            <numerusform>Vous pouvez les récupérer avec Édition ▸ Annuler.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They are too many to undo: a backup copy of the catalogue is made first, and earlier steps can no longer be undone either.</source>
        <translation>Elles sont trop nombreuses pour que la suppression puisse être annulée&#xa0;: une copie de sauvegarde du catalogue est faite d&apos;abord, et les étapes précédentes ne pourront plus être annulées non plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was deleted</source>
        <translation>Rien n&apos;a été supprimé</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln measure(s) deleted.</source>
        <translation>
            <numerusform>%Ln mesure supprimée.</numerusform>
            <numerusform>%Ln mesures supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>View: %1</source>
        <comment>the saved view the window shows</comment>
        <translation>Vue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved view “%1” is shown as it was saved. Change the search, a filter, the sort or the columns and it is no longer named here.</source>
        <translation>La vue enregistrée «&#xa0;%1&#xa0;» est affichée telle qu&apos;elle a été enregistrée. Si vous changez la recherche, un filtre, le tri ou les colonnes, elle n&apos;est plus nommée ici.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New Catalogue…</source>
        <translation>&amp;Nouveau catalogue…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create an empty catalogue file</source>
        <translation>Créer un fichier de catalogue vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Catalogue…</source>
        <translation>&amp;Ouvrir un catalogue…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a catalogue file</source>
        <translation>Ouvrir un fichier de catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;Sample Catalogue</source>
        <translation>Ouvrir le catalogue d&apos;&amp;exemple</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Five real measures to explore</source>
        <translation>Cinq mesures réelles à explorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add measures from a CSV file (all rows or none)</source>
        <translation>Ajouter des mesures depuis un fichier CSV (toutes les lignes ou aucune)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From a &amp;CSV File…</source>
        <translation>Depuis un fichier &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the &amp;Policy Monitoring Platform…</source>
        <translation>Depuis la &amp;Plateforme de suivi des politiques…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in the measures of an earlier report: a CSV export of UNESCO&apos;s Policy Monitoring Platform</source>
        <translation>Intégrer les mesures d&apos;un rapport antérieur&#xa0;: une exportation CSV de la Plateforme de suivi des politiques de l&apos;UNESCO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge Catalogue…</source>
        <translation>Fusionner un ca&amp;talogue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring a colleague&apos;s catalogue into this one: what only they changed comes in, what you both changed you choose</source>
        <translation>Intégrer le catalogue d&apos;un collègue à celui-ci&#xa0;: ce que lui seul a modifié est repris, et c&apos;est vous qui choisissez pour ce que vous avez modifié tous les deux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A printable report of the measures shown: cover, contents, statistics with charts, then each measure by goal and area</source>
        <translation>Un rapport imprimable des mesures affichées&#xa0;: couverture, sommaire, statistiques avec graphiques, puis chaque mesure par objectif et par domaine de suivi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Report as P&amp;DF…</source>
        <translation>Exporter le rapport en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the report of the measures shown</source>
        <translation>Imprimer le rapport des mesures affichées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Pre&amp;view…</source>
        <translation>Aperçu avant impre&amp;ssion…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>See the pages of the report of the measures shown before printing them</source>
        <translation>Voir les pages du rapport des mesures affichées avant de les imprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back Up…</source>
        <translation>Copie de sau&amp;vegarde…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close Catalogue</source>
        <translation>&amp;Fermer le catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="-286"/>
        <location line="+287"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="-286"/>
        <location line="+287"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Restore &amp;from Backup…</source>
        <translation>Restaurer depuis une s&amp;auvegarde…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Measure…</source>
        <translation>&amp;Nouvelle mesure…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter a new measure</source>
        <translation>Saisir une nouvelle mesure</translation>
    </message>
    <message>
        <location line="-300"/>
        <location line="+301"/>
        <source>&amp;Edit Measure…</source>
        <translation>&amp;Modifier la mesure…</translation>
    </message>
    <message>
        <location line="-300"/>
        <location line="+300"/>
        <source>Open the selected measure</source>
        <translation>Ouvrir la mesure sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected measure as a new draft</source>
        <translation>Copier la mesure sélectionnée comme nouveau brouillon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dupli&amp;cate</source>
        <translation>Dupli&amp;quer</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+81"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected measures (asks first; can be undone)</source>
        <translation>Supprimer les mesures sélectionnées (confirmation demandée&#xa0;; peut être annulé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the search box</source>
        <translation>Aller au champ de recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Duplicate&amp;s…</source>
        <translation>Rechercher les &amp;doublons…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measures probably entered twice, side by side, to merge into one</source>
        <translation>Mesures probablement saisies deux fois, côte à côte, pour les fusionner en une seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partners…</source>
        <translation>&amp;Partenaires…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename, merge and retype partners</source>
        <translation>Renommer et fusionner les partenaires, et changer leur type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domains and Partner &amp;Types…</source>
        <translation>Domaines et &amp;types de partenaires…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add your own cultural domains and partner types</source>
        <translation>Ajouter vos propres domaines culturels et types de partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name each measure&apos;s history gives for the changes you make</source>
        <translation>Le nom que l&apos;historique de chaque mesure associe aux modifications que vous faites</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Your Name…</source>
        <translation>&amp;Votre nom…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup Copies &amp;Kept…</source>
        <translation>Copies de sauvegarde &amp;conservées…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many of the copies made without asking (when closing, before a merge, before a large import) are kept</source>
        <translation>Combien de copies faites sans vous le demander (à la fermeture, avant une fusion, avant une importation volumineuse) sont conservées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset Columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistiques</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count the measures of the view and their funding by goal, domain, country, year…</source>
        <translation>Compter les mesures de la vue et leur financement par objectif, domaine, pays, année…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Measures Catalogue</source>
        <translation>À &amp;propos du Catalogue des mesures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Catalogues &amp;récents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ort By</source>
        <translation>&amp;Trier par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toolbar</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message>
        <location line="-629"/>
        <source>No automatic backup copy</source>
        <translation>Aucune copie de sauvegarde automatique</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The catalogue itself is saved, but its automatic backup copy could not be made (%1). Make one with File ▸ Back Up when you can.</source>
        <translation>Le catalogue lui-même est enregistré, mais sa copie de sauvegarde automatique n&apos;a pas pu être faite (%1). Faites-en une avec Fichier ▸ Copie de sauvegarde dès que possible.</translation>
    </message>
    <message>
        <location line="+603"/>
        <source>Open a backup copy as a new catalogue</source>
        <translation>Ouvrir une copie de sauvegarde comme nouveau catalogue</translation>
    </message>
    <message>
        <location line="-616"/>
        <source>The catalogue was not closed cleanly</source>
        <translation>Le catalogue n&apos;a pas été fermé correctement</translation>
    </message>
    <message numerus="yes">
        <location line="+337"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln sélectionnée</numerusform>
            <numerusform>%Ln sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+198"/>
        <source>Delete the %Ln selected measure(s)?</source>
        <translation>
            <numerusform>Supprimer la mesure sélectionnée&#xa0;?</numerusform>
            <numerusform>Supprimer les %Ln mesures sélectionnées&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%Ln measure(s) deleted. Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>%Ln mesure supprimée. Édition ▸ Annuler la récupère.</numerusform>
            <numerusform>%Ln mesures supprimées. Édition ▸ Annuler les récupère.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Export View…</source>
        <translation>E&amp;xporter la vue…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the measures shown, with the visible columns, as an Excel workbook or CSV</source>
        <translation>Exporter les mesures affichées, avec les colonnes visibles, sous forme de classeur Excel ou de fichier CSV</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Reading Pane</source>
        <translation>Volet de &amp;lecture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the selected measure beside the table</source>
        <translation>Afficher la mesure sélectionnée à côté du tableau</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Copy saved.</source>
        <translation>Copie enregistrée.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Save a Copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>Save the whole catalogue under another name or in another folder; this window stays on the catalogue it has open</source>
        <translation>Enregistrer le catalogue entier sous un autre nom ou dans un autre dossier&#xa0;; cette fenêtre reste sur le catalogue qu&apos;elle a ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a checked copy of the whole catalogue in its backups folder</source>
        <translation>Enregistrer une copie vérifiée du catalogue entier dans son dossier de sauvegardes</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Save &amp;a Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How to find, enter, export, import and back up measures</source>
        <translation>Comment rechercher, saisir, exporter, importer et sauvegarder des mesures</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>The measure was not opened</source>
        <translation>La mesure n&apos;a pas été ouverte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The copy was not made</source>
        <translation>La copie n&apos;a pas été faite</translation>
    </message>
</context>
<context>
    <name>MeasureCsvRow</name>
    <message>
        <location filename="../core/csv/measurecsvrow.cpp" line="+26"/>
        <source>The column “%1” appears twice. Keep only one.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» apparaît deux fois. N&apos;en gardez qu&apos;une.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no title column. Every measure needs a title: add a column named “title” (or “Title” / “Título”).</source>
        <translation>Il n&apos;y a pas de colonne de titre. Chaque mesure doit avoir un titre&#xa0;: ajoutez une colonne nommée «&#xa0;title&#xa0;» (ou «&#xa0;Title&#xa0;» / «&#xa0;Título&#xa0;»).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Unknown country “%1”. Use the ISO 3166 three-letter code (for example MEX or PER) or the country&apos;s name.</source>
        <translation>Pays inconnu&#xa0;: «&#xa0;%1&#xa0;». Utilisez le code ISO 3166 à trois lettres (par exemple MEX ou PER) ou le nom du pays.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <source>“%1” is not a value of %2. Use one of its codes or labels, separated by “;”.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur de %2. Utilisez l&apos;un de ses codes ou libellés, séparés par «&#xa0;;&#xa0;».</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>“%1” is not an answer to “%2”. Use yes, no or unknown (or Sí, No, No se sabe).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une réponse à «&#xa0;%2&#xa0;». Utilisez yes, no ou unknown (ou Sí, No, No se sabe).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” is not a measure identifier (UUID). Leave the cell empty for a new measure.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de mesure (UUID). Laissez la cellule vide pour une nouvelle mesure.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../core/platform/platformrow.cpp" line="+286"/>
        <source>“%1” is not a year. Write the report year with four digits, for example 2020.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une année. Écrivez l&apos;année du rapport en quatre chiffres, par exemple 2020.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>“%1” is not a status. Use draft or ready (Borrador, Lista).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un statut. Utilisez draft ou ready (Borrador, Lista).</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Unknown column “%1”. Columns are named by these keys or their labels in an interface language: %2.</source>
        <translation>Colonne inconnue&#xa0;: «&#xa0;%1&#xa0;». Les colonnes se désignent par ces clés ou par leurs libellés dans une langue de l&apos;interface&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>The partner “%1” has no type of entity. Write it as “Name [type]”, for example “Ministry of Culture [public_sector]”.</source>
        <translation>Le partenaire «&#xa0;%1&#xa0;» n&apos;a pas de type d&apos;entité. Écrivez-le sous la forme «&#xa0;Nom [type]&#xa0;», par exemple «&#xa0;Ministère de la Culture [public_sector]&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a type of entity for the partner “%2”. Use public_sector, private_sector, civil_society, international_organization or their labels.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type d&apos;entité pour le partenaire «&#xa0;%2&#xa0;». Utilisez public_sector, private_sector, civil_society, international_organization ou leurs libellés.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a date and time. Use ISO 8601, for example 2026-11-22T09:30:00Z.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et heure. Utilisez le format ISO 8601, par exemple 2026-11-22T09:30:00Z.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>“%1” could be read two ways, because this file writes some amounts with a decimal comma and others with a decimal point. Write this amount without a thousands separator, for example 1500 or 1500.50.</source>
        <translation>«&#xa0;%1&#xa0;» peut se lire de deux façons, car ce fichier écrit certains montants avec une virgule décimale et d&apos;autres avec un point décimal. Écrivez ce montant sans séparateur de milliers, par exemple 1500 ou 1500.50.</translation>
    </message>
</context>
<context>
    <name>MeasureEditor</name>
    <message>
        <location filename="../ui/editor/measureeditor.cpp" line="+167"/>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View Measure — %1</source>
        <translation>Consulter la mesure — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Measure — %1</source>
        <translation>Nouvelle mesure — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Measure — %1</source>
        <translation>Modifier la mesure — %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The measure was not saved</source>
        <translation>La mesure n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What you typed is kept in the form.</source>
        <translation>Ce que vous avez saisi est conservé dans le formulaire.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This measure has changes that are not saved yet. Save them?</source>
        <translation>Cette mesure comporte des modifications qui ne sont pas encore enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This measure has changes that are not saved yet, and %n problem(s) to fix before it can be saved. Go back to the form to fix them, or discard the changes?</source>
        <translation>
            <numerusform>Cette mesure a des modifications qui ne sont pas encore enregistrées, et %n problème à corriger avant de pouvoir l&apos;enregistrer. Revenir au formulaire pour le corriger, ou ne pas enregistrer les modifications&#xa0;?</numerusform>
            <numerusform>Cette mesure a des modifications qui ne sont pas encore enregistrées, et %n problèmes à corriger avant de pouvoir l&apos;enregistrer. Revenir au formulaire pour les corriger, ou ne pas enregistrer les modifications&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Ne pas enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Back to the Form</source>
        <translation>&amp;Revenir au formulaire</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save the measure (Ctrl+S)</source>
        <translation>Enregistrer la mesure (Ctrl+S)</translation>
    </message>
    <message numerus="yes">
        <location line="-156"/>
        <source>%n problem(s) to fix before saving: %1</source>
        <translation>
            <numerusform>%n problème à corriger avant d&apos;enregistrer&#xa0;: %1</numerusform>
            <numerusform>%n problèmes à corriger avant d&apos;enregistrer&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy of a Measure — %1</source>
        <translation>Copie d&apos;une mesure — %1</translation>
    </message>
</context>
<context>
    <name>MeasureField</name>
    <message>
        <location filename="../core/model/measurefield.cpp" line="+21"/>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report year</source>
        <translation>Année du rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible agencies</source>
        <translation>Organismes responsables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key objectives</source>
        <translation>Objectifs clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main features</source>
        <translation>Caractéristiques principales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected results</source>
        <translation>Résultats attendus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results achieved</source>
        <translation>Résultats obtenus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding as reported</source>
        <translation>Financement tel que déclaré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding (USD)</source>
        <translation>Financement (USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluated</source>
        <translation>Évaluée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation conclusions</source>
        <translation>Conclusions de l&apos;évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convention goals</source>
        <translation>Objectifs de la Convention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring areas</source>
        <translation>Domaines de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cultural domains</source>
        <translation>Domaines culturels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context of the measure</source>
        <translation>Contexte de la mesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cultural value chain</source>
        <translation>Chaîne de valeur culturelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aimed at groups of Article 7</source>
        <translation>Destinée aux groupes visés à l&apos;article 7</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aimed at young people</source>
        <translation>Destinée aux jeunes</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Targeted individuals and groups</source>
        <translation>Personnes et groupes ciblés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IFCD funding</source>
        <translation>Financement du FIDC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To implement the Convention</source>
        <translation>Pour mettre en œuvre la Convention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To nurture policy discussion</source>
        <translation>Pour nourrir le débat sur les politiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For reasons unrelated to the Convention</source>
        <translation>Pour des raisons sans lien avec la Convention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Innovative</source>
        <translation>Innovante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of the evaluation</source>
        <translation>Niveau de l&apos;évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact indicators</source>
        <translation>Indicateurs d&apos;impact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sustainable Development Goals</source>
        <translation>Objectifs de développement durable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special categories</source>
        <translation>Catégories spéciales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title on the platform</source>
        <translation>Titre sur la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform measure ID</source>
        <translation>ID de la mesure sur la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform report ID</source>
        <translation>ID du rapport sur la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page on the platform</source>
        <translation>Page sur la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canonical page on the platform</source>
        <translation>Page canonique sur la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values kept as written</source>
        <translation>Valeurs conservées telles qu&apos;écrites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing for the report</source>
        <translation>Manquant pour le rapport</translation>
    </message>
</context>
<context>
    <name>MeasureFieldShort</name>
    <message>
        <location line="+78"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agencies</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas</source>
        <translation>Domaines de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <location filename="../ui/editor/measureform.cpp" line="+481"/>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope and nature</source>
        <translation>Portée et nature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals and domains</source>
        <translation>Objectifs et domaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From earlier report forms</source>
        <translation>Formulaires de rapports antérieurs</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 *:</source>
        <comment>a required field&apos;s label</comment>
        <translation>%1 *&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1:</source>
        <comment>a field&apos;s label</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals and monitoring areas:</source>
        <translation>Objectifs et domaines de suivi&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the policy, programme or law (required)</source>
        <translation>Nom de la politique, du programme ou de la loi (obligatoire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or choose a country</source>
        <translation>Tapez ou choisissez un pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ministry of Culture; Ministry of Foreign Affairs</source>
        <translation>Ministère de la Culture; Ministère des Affaires étrangères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the report states it, e.g. “CAD 2.5 million (or USD 1.8 million) annually”</source>
        <translation>Tel que le rapport l&apos;indique, par ex. «&#xa0;2,5 millions CAD (ou 1,8 million USD) par an&#xa0;»</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>e.g. %1</source>
        <translation>par ex. %1</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>The line breaks pasted into the title became spaces: a title is one line.</source>
        <translation>Les sauts de ligne collés dans le titre sont devenus des espaces&#xa0;: un titre tient sur une ligne.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Amount in US dollars, in the format of the interface language.</source>
        <translation>Montant en dollars des États-Unis, au format de la langue de l&apos;interface.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners are shared across the catalogue: a partner&apos;s type of entity is the same in every measure that names it.</source>
        <translation>Les partenaires sont communs à tout le catalogue&#xa0;: le type d&apos;entité d&apos;un partenaire est le même dans toutes les mesures qui le nomment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking a monitoring area also checks its Convention goal.</source>
        <translation>Cocher un domaine de suivi coche aussi son objectif de la Convention.</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Type the year in digits, e.g. %1.</source>
        <translation>Tapez l&apos;année en chiffres, par ex. %1.</translation>
    </message>
</context>
<context>
    <name>MeasureHtml</name>
    <message>
        <location filename="../ui/models/measurehtml.cpp" line="+114"/>
        <source>Needs attention:</source>
        <translation>À compléter&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope and nature</source>
        <translation>Portée et nature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goals, areas and domains</source>
        <translation>Objectifs, domaines de suivi et domaines culturels</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From earlier report forms</source>
        <translation>Formulaires de rapports antérieurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Not given</source>
        <translation>Non indiqué</translation>
    </message>
</context>
<context>
    <name>MeasureIdLoader</name>
    <message>
        <location filename="../ui/models/measureidloader.cpp" line="+38"/>
        <source>The catalogue is not open for searching.</source>
        <translation>Le catalogue n&apos;est pas ouvert pour la recherche.</translation>
    </message>
</context>
<context>
    <name>MeasureJson</name>
    <message>
        <location filename="../core/team/measurejson.cpp" line="+96"/>
        <source>a measure&apos;s content is larger than any this app makes (%1 bytes).</source>
        <translation>le contenu d&apos;une mesure est plus volumineux que tout ce que produit cette application (%1 octets).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a measure&apos;s content is not what this app writes (%1).</source>
        <translation>le contenu d&apos;une mesure n&apos;est pas ce qu&apos;écrit cette application (%1).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a measure&apos;s field “%1” holds a value of the wrong kind.</source>
        <translation>le champ «&#xa0;%1&#xa0;» d&apos;une mesure contient une valeur du mauvais type.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a measure&apos;s content lacks its field “%1”.</source>
        <translation>il manque au contenu d&apos;une mesure son champ «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>a measure&apos;s content has a field “%1” this version does not know: update Measures Catalogue.</source>
        <translation>le contenu d&apos;une mesure comporte un champ «&#xa0;%1&#xa0;» que cette version ne connaît pas&#xa0;: mettez à jour le Catalogue des mesures.</translation>
    </message>
</context>
<context>
    <name>MeasureStore</name>
    <message>
        <location filename="../core/store/measurestore.cpp" line="+147"/>
        <location line="+11"/>
        <location line="+19"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>MeasureTableView</name>
    <message>
        <location filename="../ui/widgets/measuretableview.cpp" line="+408"/>
        <source>&amp;Reset Columns</source>
        <translation>&amp;Réinitialiser les colonnes</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Ascending</source>
        <translation>&amp;Croissant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Descending</source>
        <translation>&amp;Décroissant</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This catalogue has no measures yet.
Add the first one, import a CSV file with File ▸ Import ▸ From a CSV File, or bring in the last report&apos;s measures with File ▸ Import ▸ From the Policy Monitoring Platform.</source>
        <translation>Ce catalogue ne contient encore aucune mesure.
Ajoutez la première, importez un fichier CSV avec Fichier ▸ Importer ▸ Depuis un fichier CSV, ou intégrez les mesures du dernier rapport avec Fichier ▸ Importer ▸ Depuis la Plateforme de suivi des politiques.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No measure matches these filters.</source>
        <translation>Aucune mesure ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Measure</source>
        <translation>Nouvelle mesure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The measures the search and filters find. Enter or F2 opens one; Delete deletes the selected ones.</source>
        <translation>Les mesures que trouvent la recherche et les filtres. Entrée ou F2 en ouvre une&#xa0;; Suppr supprime celles qui sont sélectionnées.</translation>
    </message>
</context>
<context>
    <name>MeasureValidator</name>
    <message>
        <location filename="../core/model/measurevalidator.cpp" line="+92"/>
        <source>Every measure needs a title. Type the name of the policy or programme.</source>
        <translation>Chaque mesure doit avoir un titre. Tapez le nom de la politique ou du programme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every measure needs a title, and this one has none.</source>
        <translation>Chaque mesure doit avoir un titre, et celle-ci n&apos;en a pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title is too long: at most %L1 characters.</source>
        <translation>Le titre est trop long&#xa0;: %L1 caractères au maximum.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report year must be between %1 and %2, or left empty.</source>
        <translation>L&apos;année du rapport doit être comprise entre %1 et %2, ou rester vide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The amount cannot be negative.</source>
        <translation>Le montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount is too large.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The website must be a web address starting with http:// or https://, for example https://en.unesco.org/creativity.</source>
        <translation>Le site web doit être une adresse web commençant par http:// ou https://, par exemple https://fr.unesco.org/creativity.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“%1” is not an ISO 3166 country code. Pick the country from the list.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de pays ISO 3166. Choisissez le pays dans la liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not an ISO 3166 country code.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de pays ISO 3166.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluated must be yes, no or not known.</source>
        <translation>«&#xa0;Évaluée&#xa0;» doit valoir oui, non ou inconnu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The status must be draft or ready.</source>
        <translation>Le statut doit être brouillon ou prête.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be yes, no or not known.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit valoir oui, non ou inconnu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a stage of the cultural value chain.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une étape de la chaîne de valeur culturelle.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a known value of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur connue de %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A partner has a type but no name. Type the partner&apos;s name or remove the row.</source>
        <translation>Un partenaire a un type, mais pas de nom. Tapez le nom du partenaire ou retirez la ligne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A partner has a type but no name.</source>
        <translation>Un partenaire a un type, mais pas de nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the type of entity of the partner “%1”.</source>
        <translation>Choisissez le type d&apos;entité du partenaire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partner “%1” has no type of entity this catalogue knows.</source>
        <translation>Le partenaire «&#xa0;%1&#xa0;» n&apos;a aucun type d&apos;entité connu de ce catalogue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partner “%1” is listed twice.</source>
        <translation>Le partenaire «&#xa0;%1&#xa0;» figure deux fois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A partner&apos;s name is too long: at most %L1 characters.</source>
        <translation>Le nom d&apos;un partenaire est trop long&#xa0;: %L1 caractères au maximum.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+5"/>
        <source>%1 is too long: at most %L2 characters.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est trop long&#xa0;: %L2 caractères au maximum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 contains a NUL character, which is not text. Remove it.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» contient un caractère NUL, qui n&apos;est pas du texte. Supprimez-le.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a measure identifier (a UUID in lower case, such as 3f2b8c1e-5d4a-4e6f-9b7c-2a1d0e9f8c7b).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de mesure (un UUID en minuscules, tel que 3f2b8c1e-5d4a-4e6f-9b7c-2a1d0e9f8c7b).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is %2, which is in the future. Correct the date (or the clock of the computer that wrote it), or leave it empty.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» vaut %2, une date située dans le futur. Corrigez la date (ou l&apos;horloge de l&apos;ordinateur qui l&apos;a écrite), ou laissez-le vide.</translation>
    </message>
</context>
<context>
    <name>MeasureWriter</name>
    <message>
        <location filename="../core/store/measurewriter.cpp" line="+303"/>
        <source>the measure is no longer in the catalogue</source>
        <translation>la mesure n&apos;est plus dans le catalogue</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../core/merge/merge.cpp" line="-386"/>
        <source>“%1” is called “%2” in their catalogue; the name here is kept.</source>
        <translation>«&#xa0;%1&#xa0;» s&apos;appelle «&#xa0;%2&#xa0;» dans le catalogue du collègue&#xa0;; le nom d&apos;ici est conservé.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The catalogues could not be read to compare them (%1). Nothing was merged.</source>
        <translation>Les catalogues n&apos;ont pas pu être lus pour être comparés (%1). Rien n&apos;a été fusionné.</translation>
    </message>
    <message>
        <location line="+284"/>
        <source>In “%1”: %2 Nothing was merged: ask for the catalogue again as the app saved it, or for a CSV export of it to import.</source>
        <translation>Dans «&#xa0;%1&#xa0;»&#xa0;: %2 Rien n&apos;a été fusionné&#xa0;: demandez de nouveau le catalogue tel que l&apos;application l&apos;a enregistré, ou une exportation CSV de celui-ci à importer.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This catalogue is damaged: %1 Nothing was merged: a backup copy of it, made before, is the way back.</source>
        <translation>Ce catalogue est endommagé&#xa0;: %1 Rien n&apos;a été fusionné&#xa0;: une copie de sauvegarde faite auparavant permet de revenir en arrière.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This catalogue is damaged: %1 Nothing was merged: File ▸ Restore from Backup… opens a copy made before.</source>
        <translation>Ce catalogue est endommagé&#xa0;: %1 Rien n&apos;a été fusionné&#xa0;: Fichier ▸ Restaurer depuis une sauvegarde… ouvre une copie faite auparavant.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+13"/>
        <source>a measure listed was not found</source>
        <translation>une mesure listée est introuvable</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The comparison was cancelled. Nothing was merged.</source>
        <translation>La comparaison a été annulée. Rien n&apos;a été fusionné.</translation>
    </message>
    <message numerus="yes">
        <location line="+205"/>
        <source>%n conflict(s) still need a side. Nothing was merged.</source>
        <translation>
            <numerusform>%n conflit n&apos;est pas encore tranché. Rien n&apos;a été fusionné.</numerusform>
            <numerusform>%n conflits ne sont pas encore tranchés. Rien n&apos;a été fusionné.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First, a backup copy of the catalogue as it is…</source>
        <translation>D&apos;abord, une copie de sauvegarde du catalogue dans son état actuel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was merged: the backup copy made first failed (%1).</source>
        <translation>Rien n&apos;a été fusionné&#xa0;: la copie de sauvegarde faite au préalable a échoué (%1).</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>“%1” cannot be merged: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être fusionné&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The merge was cancelled. Nothing was merged.</source>
        <translation>La fusion a été annulée. Rien n&apos;a été fusionné.</translation>
    </message>
    <message>
        <location line="-492"/>
        <source>This catalogue changed since the merge was previewed. Nothing was merged; merge again to see what it would do now.</source>
        <translation>Ce catalogue a changé depuis l&apos;aperçu de la fusion. Rien n&apos;a été fusionné&#xa0;; fusionnez de nouveau pour voir ce que la fusion ferait maintenant.</translation>
    </message>
    <message>
        <location filename="../core/merge/duplicatemerge.cpp" line="+76"/>
        <source>One of the two measures changed or was deleted meanwhile. Nothing was merged; look at them again.</source>
        <translation>L&apos;une des deux mesures a été modifiée ou supprimée entre-temps. Rien n&apos;a été fusionné&#xa0;; examinez-les de nouveau.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../ui/dialogs/mergedialog.cpp" line="+171"/>
        <source>Merge Catalogue</source>
        <translation>Fusionner un catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+118"/>
        <source>Yours</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+119"/>
        <location line="+76"/>
        <source>Theirs</source>
        <translation>Version du collègue</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take &amp;Theirs for This Measure</source>
        <translation>Prendre la version du &amp;collègue pour cette mesure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>“%1” brings nothing new: every measure in it is here already, the same or with later changes made here.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;apporte rien de nouveau&#xa0;: chacune de ses mesures est déjà ici, identique ou avec des modifications plus récentes faites ici.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Partner: %1</source>
        <translation>Partenaire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Cancel the Merge?</source>
        <translation>Annuler la fusion&#xa0;?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the merge and forget the sides you picked? Nothing has been merged yet.</source>
        <translation>Annuler la fusion et oublier les côtés que vous avez choisis&#xa0;? Rien n&apos;a encore été fusionné.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Their own values added to your lists: %1.</source>
        <translation>Valeurs propres au collègue ajoutées à vos listes&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Keep &amp;Yours for This Measure</source>
        <translation>Garder &amp;votre version pour cette mesure</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The partner “%1” has another type in their catalogue. One type serves every measure that names it.</source>
        <translation>Le partenaire «&#xa0;%1&#xa0;» a un autre type dans le catalogue du collègue. Un seul type vaut pour toutes les mesures qui le nomment.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Brought back by the undo</source>
        <translation>Récupérée par l&apos;annulation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted by the undo</source>
        <translation>Supprimée par l&apos;annulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As they have it</source>
        <translation>Telle que l&apos;a le collègue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You changed this measure; your colleague deleted it. Keep yours, or delete it?</source>
        <translation>Vous avez modifié cette mesure&#xa0;; votre collègue l&apos;a supprimée. Garder votre version, ou la supprimer&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You deleted this measure; your colleague changed it. Keep it deleted, or bring theirs back?</source>
        <translation>Vous avez supprimé cette mesure&#xa0;; votre collègue l&apos;a modifiée. La laisser supprimée, ou récupérer la version du collègue&#xa0;?</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>The whole measure</source>
        <translation>La mesure entière</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <location line="+41"/>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>Synchronize with the Team</source>
        <translation>Synchroniser avec l&apos;équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the team “%1” pushed meets what you changed in “%2”</source>
        <translation>Ce que l&apos;équipe «&#xa0;%1&#xa0;» a envoyé rencontre ce que vous avez modifié dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the team “%1” pushed, to bring into “%2”</source>
        <translation>Ce que l&apos;équipe «&#xa0;%1&#xa0;» a envoyé, à intégrer dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the team&apos;s changes like this before e&amp;very synchronize (otherwise only when they meet yours)</source>
        <translation>Montrer ainsi les modifications de l&apos;équipe avant &amp;chaque synchronisation (sinon seulement quand elles rencontrent les vôtres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team&apos;s</source>
        <translation>Version de l&apos;équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team&apos;s changes</source>
        <translation>Les modifications de l&apos;équipe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the merge brings</source>
        <translation>Ce qu&apos;apporte la fusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields, yours and theirs</source>
        <translation>Champs&#xa0;: votre version et celle du collègue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the &amp;Team&apos;s for This Measure</source>
        <translation>Prendre la version de l&apos;&amp;équipe pour cette mesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Yours for &amp;All Undecided</source>
        <translation>Garder votre version pour &amp;tous les conflits en suspens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Theirs for A&amp;ll Undecided</source>
        <translation>Prendre la version du collègue pour tous &amp;les conflits en suspens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the Team&apos;s for A&amp;ll Undecided</source>
        <translation>Prendre la version de l&apos;équipe pour tous &amp;les conflits en suspens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Synchronize</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>✔ Yours: partner %1</source>
        <translation>✔ Votre version&#xa0;: partenaire %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Theirs: partner %1</source>
        <translation>✔ Version du collègue&#xa0;: partenaire %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Undoing a merge here brought this measure back after their deletion came in. Keep yours, or delete it as they did?</source>
        <translation>L&apos;annulation d&apos;une fusion ici a récupéré cette mesure après l&apos;arrivée de sa suppression par le collègue. Garder votre version, ou la supprimer comme il l&apos;a fait&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undoing a merge here deleted their version of this measure. Keep it deleted, or bring theirs back?</source>
        <translation>L&apos;annulation d&apos;une fusion ici a supprimé la version du collègue de cette mesure. La laisser supprimée, ou récupérer la version du collègue&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Keep yours</source>
        <translation>Garder votre version</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Keep it deleted</source>
        <translation>La laisser supprimée</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Bring theirs back</source>
        <translation>Récupérer la version du collègue</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Delete it</source>
        <translation>La supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both of you changed some of the fields below; undoing a merge here took their version of the others away. Pick a side for each; whatever you pick, they are not asked about again.</source>
        <translation>Vous avez tous deux modifié certains des champs ci-dessous&#xa0;; l&apos;annulation d&apos;une fusion ici a retiré la version du collègue des autres. Choisissez un côté pour chacun&#xa0;; quel que soit votre choix, la question ne sera plus posée pour ces champs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undoing a merge here took their version of the fields below away. Pick theirs where you want it after all; whatever you pick, they are not asked about again.</source>
        <translation>L&apos;annulation d&apos;une fusion ici a retiré la version du collègue des champs ci-dessous. Choisissez celle du collègue là où vous la voulez finalement&#xa0;; quel que soit votre choix, la question ne sera plus posée pour ces champs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both of you changed the fields below; you picked a side for each.</source>
        <translation>Vous avez tous deux modifié les champs ci-dessous&#xa0;; vous avez choisi un côté pour chacun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both of you changed the fields marked “Choose…” since you last shared this measure. Pick a side for each.</source>
        <translation>Vous avez tous deux modifié les champs marqués «&#xa0;Choisir…&#xa0;» depuis votre dernier partage de cette mesure. Choisissez un côté pour chacun.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Changed here since you last shared it</source>
        <translation>Modifié ici depuis votre dernier partage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed there since you last shared it</source>
        <translation>Modifié là-bas depuis votre dernier partage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs (changed only there)</source>
        <translation>Version du collègue (modifiée là-bas seulement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours (changed only here)</source>
        <translation>Votre version (modifiée ici seulement)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Nothing to merge.</source>
        <translation>Rien à fusionner.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s) still need a side: pick one per field (in the table, ← yours, → theirs), per measure, or for all.</source>
        <translation>
            <numerusform>%n conflit n&apos;est pas encore tranché&#xa0;: choisissez un côté par champ (dans le tableau, ← votre version, → celle du collègue), par mesure ou pour tous.</numerusform>
            <numerusform>%n conflits ne sont pas encore tranchés&#xa0;: choisissez un côté par champ (dans le tableau, ← votre version, → celle du collègue), par mesure ou pour tous.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merging now changes no measure here: the histories record the sides you picked, so they are not asked again.</source>
        <translation>Fusionner maintenant ne modifie aucune mesure ici&#xa0;: les historiques enregistrent les côtés que vous avez choisis, la question ne sera donc plus posée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synchronizing now: %1, then what changed here is sent to the team. Edit ▸ Undo takes the team&apos;s changes back out of this catalogue, as a change of yours.</source>
        <translation>Synchronisation&#xa0;: %1, puis ce qui a changé ici est envoyé à l&apos;équipe. Édition ▸ Annuler retire de ce catalogue les modifications de l&apos;équipe, comme une modification de votre part.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synchronizing now: %1, then what changed here is sent to the team. This is too large to undo: a backup copy of this catalogue is made first, and File ▸ Restore from Backup opens it as it was.</source>
        <translation>Synchronisation&#xa0;: %1, puis ce qui a changé ici est envoyé à l&apos;équipe. C&apos;est trop volumineux pour être annulé&#xa0;: une copie de sauvegarde de ce catalogue est faite d&apos;abord, et Fichier ▸ Restaurer depuis une sauvegarde l&apos;ouvre tel qu&apos;il était.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merging now: %1. This merge is too large to undo, and earlier steps can no longer be undone either: a backup copy of this catalogue is made first, and File ▸ Restore from Backup opens the catalogue as it was.</source>
        <translation>Si vous fusionnez maintenant&#xa0;: %1. Cette fusion est trop volumineuse pour être annulée, et les étapes précédentes ne pourront plus être annulées non plus&#xa0;: une copie de sauvegarde de ce catalogue est faite d&apos;abord, et Fichier ▸ Restaurer depuis une sauvegarde ouvre le catalogue tel qu&apos;il était.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merging now: %1. A backup copy of this catalogue is made first, and Edit ▸ Undo takes the whole merge back.</source>
        <translation>Si vous fusionnez maintenant&#xa0;: %1. Une copie de sauvegarde de ce catalogue est faite d&apos;abord, et Édition ▸ Annuler revient sur toute la fusion.</translation>
    </message>
</context>
<context>
    <name>MergeSource</name>
    <message>
        <location filename="../core/merge/mergesource.cpp" line="+20"/>
        <source>“%1” is the catalogue being merged into: merging it into itself would change nothing. Choose a colleague&apos;s catalogue.</source>
        <translation>«&#xa0;%1&#xa0;» est le catalogue dans lequel se fait la fusion&#xa0;: le fusionner avec lui-même ne changerait rien. Choisissez le catalogue d&apos;un collègue.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The catalogue “%1” is open for editing in another program (%2). Close it there, then run the merge again.</source>
        <translation>Le catalogue «&#xa0;%1&#xa0;» est ouvert en modification dans un autre programme (%2). Fermez-le là-bas, puis relancez la fusion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalogue “%1” is open for editing in another window (%2). Close it there, then merge it.</source>
        <translation>Le catalogue «&#xa0;%1&#xa0;» est ouvert en modification dans une autre fenêtre (%2). Fermez-le là-bas, puis fusionnez-le.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” could not be read: no temporary folder for an upgraded copy (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu&#xa0;: aucun dossier temporaire pour une copie mise à jour (%2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is of an older format, and upgrading a copy of it for the merge failed (%2). Nothing was merged, and “%1” was left as it is.</source>
        <translation>«&#xa0;%1&#xa0;» est dans un format antérieur, et la mise à jour d&apos;une copie de celui-ci pour la fusion a échoué (%2). Rien n&apos;a été fusionné, et «&#xa0;%1&#xa0;» a été laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>MergeText</name>
    <message>
        <location filename="../core/merge/mergetext.cpp" line="+11"/>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated from theirs</source>
        <translation>Mise à jour depuis la version du collègue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both changes kept</source>
        <translation>Les deux modifications conservées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as it is here</source>
        <translation>Conservée telle qu&apos;elle est ici</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <comment>kind of change: measure</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <comment>change: what it changes</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>brought back here by undoing a merge, deleted in theirs</source>
        <translation>récupérée ici par l&apos;annulation d&apos;une fusion, supprimée chez le collègue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted here by undoing a merge, still in theirs</source>
        <translation>supprimée ici par l&apos;annulation d&apos;une fusion, toujours présente chez le collègue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed here, deleted in theirs</source>
        <translation>modifiée ici, supprimée chez le collègue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted here, changed in theirs</source>
        <translation>supprimée ici, modifiée chez le collègue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>undone here: %1</source>
        <translation>annulé ici&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; undone here: %2</source>
        <translation>%1&#xa0;; annulé ici&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted here, brought back in theirs</source>
        <translation>supprimée ici, récupérée chez le collègue</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>✔ Yours</source>
        <translation>✔ Votre version</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+2"/>
        <source>✔ Theirs</source>
        <translation>✔ Version du collègue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Yours, with their other changes</source>
        <translation>✔ Votre version, avec les autres modifications du collègue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Some fields each</source>
        <translation>✔ Certains champs de chaque côté</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflict: partner “%1” is “%2” here and “%3” in theirs</source>
        <translation>Conflit&#xa0;: le partenaire «&#xa0;%1&#xa0;» est «&#xa0;%2&#xa0;» ici et «&#xa0;%3&#xa0;» chez le collègue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partner “%1”: now “%2” (changed in theirs; “%3” here until now)</source>
        <translation>Partenaire «&#xa0;%1&#xa0;»&#xa0;: désormais «&#xa0;%2&#xa0;» (modifié chez le collègue&#xa0;; «&#xa0;%3&#xa0;» ici jusqu&apos;à présent)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New type of partner: “%1”</source>
        <translation>Nouveau type de partenaire&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New cultural domain: “%1”</source>
        <translation>Nouveau domaine culturel&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln ajoutée</numerusform>
            <numerusform>%Ln ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln updated from theirs</source>
        <translation>
            <numerusform>%Ln mise à jour depuis la version du collègue</numerusform>
            <numerusform>%Ln mises à jour depuis les versions du collègue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln with both sides&apos; changes</source>
        <translation>
            <numerusform>%Ln avec les modifications des deux côtés</numerusform>
            <numerusform>%Ln avec les modifications des deux côtés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln deleted</source>
        <translation>
            <numerusform>%Ln supprimée</numerusform>
            <numerusform>%Ln supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln kept as they are here</source>
        <translation>
            <numerusform>%Ln conservée telle qu&apos;elle est ici</numerusform>
            <numerusform>%Ln conservées telles qu&apos;elles sont ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%Ln decided)</source>
        <translation>
            <numerusform>(%Ln tranché)</numerusform>
            <numerusform>(%Ln tranchés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln partner type(s) taken from theirs</source>
        <translation>
            <numerusform>%Ln type de partenaire repris du collègue</numerusform>
            <numerusform>%Ln types de partenaires repris du collègue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln new list value(s)</source>
        <translation>
            <numerusform>%Ln nouvelle valeur de liste</numerusform>
            <numerusform>%Ln nouvelles valeurs de liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln list value(s) named in another language</source>
        <translation>
            <numerusform>%Ln valeur de liste nommée dans une autre langue</numerusform>
            <numerusform>%Ln valeurs de liste nommées dans une autre langue</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merging “%1”: %2.</source>
        <translation>Fusion de «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n measure(s) added</source>
        <translation>
            <numerusform>%n mesure ajoutée</numerusform>
            <numerusform>%n mesures ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n measure(s) changed</source>
        <translation>
            <numerusform>%n mesure modifiée</numerusform>
            <numerusform>%n mesures modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n measure(s) deleted</source>
        <translation>
            <numerusform>%n mesure supprimée</numerusform>
            <numerusform>%n mesures supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n partner type(s) changed</source>
        <translation>
            <numerusform>%n type de partenaire modifié</numerusform>
            <numerusform>%n types de partenaires modifiés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no measure changes here</source>
        <translation>aucune mesure ne change ici</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../core/catalogue/migrations.cpp" line="+187"/>
        <source>the upgrade script %1 is missing from this program</source>
        <translation>le script de mise à jour %1 manque dans ce programme</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>upgrade step %1: %2</source>
        <translation>étape de mise à jour %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/model/money.cpp" line="+57"/>
        <source>The amount cannot be negative. Type the amount in US dollars, for example %1.</source>
        <translation>Le montant ne peut pas être négatif. Tapez le montant en dollars des États-Unis, par exemple %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>“%1” is not an amount. Type digits, for example %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant. Tapez des chiffres, par exemple %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts have at most two decimals (cents). Check “%1”.</source>
        <translation>Les montants ont au plus deux décimales (cents). Vérifiez «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount is too large. Amounts up to %1 are accepted.</source>
        <translation>Le montant est trop élevé. Les montants jusqu&apos;à %1 sont acceptés.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>USD %1</source>
        <comment>an amount in US dollars</comment>
        <translation>%1 USD</translation>
    </message>
</context>
<context>
    <name>NetworkDrive</name>
    <message>
        <location filename="../core/catalogue/networkdrive.cpp" line="+24"/>
        <source>This catalogue is on a network drive (%1). If two computers open it at the same time it can be damaged. Copy it to this computer to work on it, and copy it back when you are done.</source>
        <translation>Ce catalogue se trouve sur un lecteur réseau (%1). S&apos;il est ouvert par deux ordinateurs en même temps, il peut être endommagé. Copiez-le sur cet ordinateur pour y travailler, et recopiez-le à son emplacement quand vous aurez terminé.</translation>
    </message>
</context>
<context>
    <name>PartnerListEditor</name>
    <message>
        <location filename="../ui/editor/partnerlisteditor.cpp" line="+82"/>
        <location line="+88"/>
        <source>Type of entity…</source>
        <translation>Type d&apos;entité…</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+74"/>
        <source>Partner&apos;s name</source>
        <translation>Nom du partenaire</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+66"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+66"/>
        <source>Remove this partner from the measure</source>
        <translation>Retirer ce partenaire de la mesure</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Add Partner</source>
        <translation>&amp;Ajouter un partenaire</translation>
    </message>
</context>
<context>
    <name>PartnerStore</name>
    <message>
        <location filename="../core/store/partnerstore.cpp" line="+128"/>
        <source>A partner needs a name.</source>
        <translation>Un partenaire doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another partner is already called “%1”. To make them one, select both and choose Merge.</source>
        <translation>Un autre partenaire s&apos;appelle déjà «&#xa0;%1&#xa0;». Pour n&apos;en faire qu&apos;un, sélectionnez les deux et choisissez Fusionner.</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>This partner is named in %n measure(s), so it cannot be deleted. Remove it from those measures, or merge it into another partner.</source>
        <translation>
            <numerusform>Ce partenaire est nommé dans %n mesure&#xa0;: il ne peut donc pas être supprimé. Retirez-le de cette mesure, ou fusionnez-le avec un autre partenaire.</numerusform>
            <numerusform>Ce partenaire est nommé dans %n mesures&#xa0;: il ne peut donc pas être supprimé. Retirez-le de ces mesures, ou fusionnez-le avec un autre partenaire.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <location filename="../ui/dialogs/partnersdialog.cpp" line="+130"/>
        <source>Measures that name “%1”:</source>
        <translation>Mesures qui nomment «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Merge partners</source>
        <translation>Fusionner des partenaires</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Select two or more partners (Ctrl+click) to merge them into one.</source>
        <translation>Sélectionnez au moins deux partenaires (Ctrl+clic) pour les fusionner en un seul.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Measures that name the selected partner</source>
        <translation>Mesures qui citent le partenaire sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every partner named in the catalogue. Double-click a name to rename it; the change applies to every measure that names it.</source>
        <translation>Tous les partenaires nommés dans le catalogue. Double-cliquez sur un nom pour le renommer&#xa0;; la modification s&apos;applique à toutes les mesures qui le nomment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type of entity</source>
        <translation>Type d&apos;entité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures that name the selected partner:</source>
        <translation>Mesures qui nomment le partenaire sélectionné&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge Selected…</source>
        <translation>Fusionner la sélection…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Unused</source>
        <translation>Supprimer les inutilisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes the selected partners if no measure names them.</source>
        <translation>Supprime les partenaires sélectionnés si aucune mesure ne les nomme.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Keep which name? The other partners are replaced by it in every measure. Edit ▸ Undo in the catalogue window undoes the merge.</source>
        <translation>Quel nom conserver&#xa0;? Les autres partenaires sont remplacés par celui-ci dans toutes les mesures. Édition ▸ Annuler, dans la fenêtre du catalogue, revient sur la fusion.</translation>
    </message>
</context>
<context>
    <name>PlatformRow</name>
    <message>
        <location filename="../core/platform/platformrow.cpp" line="-39"/>
        <source>“%1” is not a value of %2 that this catalogue knows; it was kept as written in “%3”.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur de %2 connue de ce catalogue&#xa0;; elle a été conservée telle qu&apos;écrite dans «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The column “%1” has no field of its own; its value was kept as written in “%2”.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» n&apos;a pas de champ propre&#xa0;; sa valeur a été conservée telle qu&apos;écrite dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This row has no measure ID. Every row of the platform&apos;s export has one: export the view again.</source>
        <translation>Cette ligne n&apos;a pas d&apos;ID de mesure. Chaque ligne de l&apos;exportation de la plateforme en a un&#xa0;: exportez de nouveau la vue.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>A partner&apos;s name is longer than %L1 characters; it was kept as written in “%2”.</source>
        <translation>Le nom d&apos;un partenaire dépasse %L1 caractères&#xa0;; il a été conservé tel qu&apos;écrit dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>“%1” is not a web address starting with http:// or https://; it was kept as written in “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web commençant par http:// ou https://&#xa0;; elle a été conservée telle qu&apos;écrite dans «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ReadOnlyPolicy</name>
    <message>
        <location filename="../core/catalogue/readonlypolicy.cpp" line="+66"/>
        <source>This catalogue is open read-only. You can search and export, but not change it.</source>
        <translation>Ce catalogue est ouvert en lecture seule. Vous pouvez y effectuer des recherches et l&apos;exporter, mais pas le modifier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This catalogue file is read-only, so it cannot be changed. Copy it to a folder where you can write, or ask for write permission.</source>
        <translation>Le fichier de ce catalogue est en lecture seule&#xa0;: il ne peut donc pas être modifié. Copiez-le dans un dossier où vous pouvez écrire, ou demandez l&apos;autorisation d&apos;écriture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This catalogue file is read-only, so it is open for viewing only. To edit it, save a copy with File ▸ Save a Copy, or ask for write permission.</source>
        <translation>Le fichier de ce catalogue est en lecture seule&#xa0;: il est donc ouvert en consultation uniquement. Pour le modifier, enregistrez une copie avec Fichier ▸ Enregistrer une copie, ou demandez l&apos;autorisation d&apos;écriture.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder of this catalogue is read-only, so it cannot be changed. Copy it to a folder where you can write.</source>
        <translation>Le dossier de ce catalogue est en lecture seule&#xa0;: il ne peut donc pas être modifié. Copiez-le dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder of this catalogue is read-only, so it is open for viewing only. To edit it, save a copy in a folder where you can write with File ▸ Save a Copy.</source>
        <translation>Le dossier de ce catalogue est en lecture seule&#xa0;: il est donc ouvert en consultation uniquement. Pour le modifier, enregistrez une copie dans un dossier où vous pouvez écrire, avec Fichier ▸ Enregistrer une copie.</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../core/model/readiness.cpp" line="+34"/>
        <source>no Convention goal</source>
        <translation>aucun objectif de la Convention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no cultural domain</source>
        <translation>aucun domaine culturel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>main features not described</source>
        <translation>caractéristiques principales non décrites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no results, expected or achieved</source>
        <translation>aucun résultat, attendu ou obtenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluation not known</source>
        <translation>évaluation inconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no funding, as reported or in USD</source>
        <translation>aucun financement, déclaré ou en USD</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message numerus="yes">
        <location filename="../ui/widgets/readingpane.cpp" line="+81"/>
        <source>%Ln measures selected.</source>
        <translation>
            <numerusform>%Ln mesure sélectionnée.</numerusform>
            <numerusform>%Ln mesures sélectionnées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a measure in the table to read it here.</source>
        <translation>Sélectionnez une mesure dans le tableau pour la lire ici.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>View…</source>
        <translation>Consulter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading pane</source>
        <translation>Volet de lecture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected measure</source>
        <translation>La mesure sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of the selected measure</source>
        <translation>Historique de la mesure sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed this measure, what and when</source>
        <translation>Qui a modifié cette mesure, quoi et quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this measure in the form (F2)</source>
        <translation>Modifier cette mesure dans le formulaire (F2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View this measure in the form, read-only (F2)</source>
        <translation>Consulter cette mesure dans le formulaire, en lecture seule (F2)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../core/report/report.cpp" line="+42"/>
        <source>The report cannot be written to “%1” (%2). Choose a folder where you can write.</source>
        <translation>Le rapport ne peut pas être écrit dans «&#xa0;%1&#xa0;» (%2). Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../core/report/reportcontent.cpp" line="+384"/>
        <source>Cultural policy measures</source>
        <translation>Mesures de politique culturelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/report/reportcontent.cpp" line="-3"/>
        <source>Measures Catalogue</source>
        <translation>Catalogue des mesures</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report cannot be written to “%1” (%2). Check that the disk has free space.</source>
        <translation>Le rapport ne peut pas être écrit dans «&#xa0;%1&#xa0;» (%2). Vérifiez que le disque dispose d&apos;espace libre.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>This report would run to %1 pages, more than one report can hold (about %2 at this printer&apos;s resolution). Narrow the view, by goal, country or year, and make a report of each part.</source>
        <translation>Ce rapport compterait %1 pages, plus qu&apos;un rapport ne peut en contenir (environ %2 à la résolution de cette imprimante). Restreignez la vue, par objectif, pays ou année, et faites un rapport pour chaque partie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report could not be started on this printer or file.</source>
        <translation>Le rapport n&apos;a pas pu être commencé sur cette imprimante ou dans ce fichier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The printer or file stopped taking pages (page %1).</source>
        <translation>L&apos;imprimante ou le fichier a cessé d&apos;accepter des pages (page %1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report could not be finished on this printer or file.</source>
        <translation>Le rapport n&apos;a pas pu être terminé sur cette imprimante ou dans ce fichier.</translation>
    </message>
    <message>
        <location filename="../core/report/reportcontent.cpp" line="-160"/>
        <source>Measures by Convention goal</source>
        <translation>Mesures par objectif de la Convention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures by monitoring area</source>
        <translation>Mesures par domaine de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures by cultural domain</source>
        <translation>Mesures par domaine culturel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures by scope</source>
        <translation>Mesures par portée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures by nature</source>
        <translation>Mesures par nature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures by country</source>
        <translation>Mesures par pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures by report year</source>
        <translation>Mesures par année du rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures by type of partner</source>
        <translation>Mesures par type de partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures by status</source>
        <translation>Mesures par statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures by evaluation</source>
        <translation>Mesures par évaluation</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(untitled measure)</source>
        <translation>(mesure sans titre)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Still missing for the report: %1</source>
        <translation>Encore manquant pour le rapport&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+7"/>
        <location line="+52"/>
        <source>Reading the catalogue failed while the report was made (%1).</source>
        <translation>La lecture du catalogue a échoué pendant la création du rapport (%1).</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Prepared for the quadrennial periodic report on the 2005 Convention on the Protection and Promotion of the Diversity of Cultural Expressions</source>
        <translation>Préparé pour le rapport périodique quadriennal sur la Convention de 2005 sur la protection et la promotion de la diversité des expressions culturelles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catalogue: %1</source>
        <translation>Catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n measure(s): the whole catalogue</source>
        <translation>
            <numerusform>%n mesure&#xa0;: tout le catalogue</numerusform>
            <numerusform>%n mesures&#xa0;: tout le catalogue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n measure(s) of the catalogue&apos;s %1, chosen by:</source>
        <translation>
            <numerusform>%n mesure sur les %1 du catalogue, choisie selon&#xa0;:</numerusform>
            <numerusform>%n mesures sur les %1 du catalogue, choisies selon&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+14"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Measures without a Convention goal</source>
        <translation>Mesures sans objectif de la Convention</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a monitoring area of this goal</source>
        <translation>Sans domaine de suivi de cet objectif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n measure(s). </source>
        <translation>
            <numerusform>%n mesure. </numerusform>
            <numerusform>%n mesures. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of them state their funding in US dollars, %1 in all.</source>
        <translation>
            <numerusform>%n d&apos;entre elles indique son financement en dollars des États-Unis, %1 au total.</numerusform>
            <numerusform>%n d&apos;entre elles indiquent leur financement en dollars des États-Unis, %1 au total.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A measure with several goals, areas, domains or partners counts once under each of them, so the counts of a table may add up to more than the number of measures.</source>
        <translation>Une mesure ayant plusieurs objectifs, domaines de suivi, domaines culturels ou partenaires est comptée une fois sous chacun d&apos;eux&#xa0;; les totaux d&apos;un tableau peuvent donc dépasser le nombre de mesures.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The chart shows the %1 largest; the table lists all %2.</source>
        <translation>Le graphique montre les %1 plus importants&#xa0;; le tableau liste la totalité des %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funding (USD)</source>
        <translation>Financement (USD)</translation>
    </message>
</context>
<context>
    <name>ReportController</name>
    <message>
        <location filename="../ui/mainwindow/reportcontroller.cpp" line="+51"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The view holds %1 measures: the report would run to many thousands of pages and take some minutes. Narrow the view with the search or the filters first?</source>
        <translation>La vue contient %1 mesures&#xa0;: le rapport compterait plusieurs milliers de pages et prendrait quelques minutes. Restreindre d&apos;abord la vue avec la recherche ou les filtres&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the Report Anyway</source>
        <translation>Faire le rapport quand même</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrow the View</source>
        <translation>Restreindre la vue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 report.pdf</source>
        <comment>file name</comment>
        <translation>Rapport %1.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+21"/>
        <source>Export Report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” already exists. Replace it?</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+36"/>
        <location line="+22"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>The report was cancelled; no file was written.</source>
        <translation>Le rapport a été annulé&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Wrote the report of %Ln measure(s), %1 pages, to “%2”.</source>
        <translation>
            <numerusform>Rapport de %Ln mesure, %1 pages, écrit dans «&#xa0;%2&#xa0;».</numerusform>
            <numerusform>Rapport de %Ln mesures, %1 pages, écrit dans «&#xa0;%2&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+8"/>
        <source>Print Preview of the Report</source>
        <translation>Aperçu avant impression du rapport</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Laying out the report…</source>
        <translation>Mise en page du rapport…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+12"/>
        <source>Print the Report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Printing the report…</source>
        <translation>Impression du rapport…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printing was cancelled.</source>
        <translation>L&apos;impression a été annulée.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Sent the report of %Ln measure(s), %1 pages, to the printer.</source>
        <translation>
            <numerusform>Rapport de %Ln mesure, %1 pages, envoyé à l&apos;imprimante.</numerusform>
            <numerusform>Rapport de %Ln mesures, %1 pages, envoyé à l&apos;imprimante.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../ui/dialogs/restoredialog.cpp" line="+52"/>
        <source>automatic, on closing</source>
        <translation>automatique, à la fermeture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made with Back Up</source>
        <translation>faite avec Copie de sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an upgrade</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before merging “%1”</source>
        <translation>avant la fusion de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before importing “%1”</source>
        <translation>avant l&apos;importation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>before deleting %Ln measure(s)</source>
        <translation>
            <numerusform>avant la suppression de %Ln mesure</numerusform>
            <numerusform>avant la suppression de %Ln mesures</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a copy</source>
        <translation>une copie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore from a Backup Copy</source>
        <translation>Restaurer depuis une copie de sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a copy of “%1”. It opens as a new catalogue file beside the original, which stays as it is.</source>
        <translation>Choisissez une copie de «&#xa0;%1&#xa0;». Elle s&apos;ouvre comme un nouveau fichier de catalogue à côté de l&apos;original, qui reste tel quel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no backup copies of “%1” yet. Copies are made with File ▸ Back Up, when a changed catalogue is closed, and before merges, large imports and upgrades.</source>
        <translation>Il n&apos;existe encore aucune copie de sauvegarde de «&#xa0;%1&#xa0;». Des copies sont faites avec Fichier ▸ Copie de sauvegarde, à la fermeture d&apos;un catalogue modifié, et avant les fusions, les importations volumineuses et les mises à jour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open as a New Catalogue</source>
        <translation>Ouvrir comme nouveau catalogue</translation>
    </message>
</context>
<context>
    <name>ReviewStatus</name>
    <message>
        <location filename="../core/model/choices.cpp" line="+4"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
</context>
<context>
    <name>RevisionQuery</name>
    <message>
        <location filename="../core/query/revisionquery.cpp" line="+52"/>
        <source>Two measures have the identifier %1.</source>
        <translation>Deux mesures ont l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+26"/>
        <source>The measure %1 is both in the catalogue and deleted.</source>
        <translation>La mesure %1 est à la fois dans le catalogue et supprimée.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Its histories hold more than %L1 revisions: more than any catalogue this app makes.</source>
        <translation>Ses historiques contiennent plus de %L1 révisions&#xa0;: plus que tout catalogue produit par cette application.</translation>
    </message>
</context>
<context>
    <name>SaveMeasureCommand</name>
    <message>
        <location filename="../ui/session/measurecommands.cpp" line="-26"/>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New measure “%1”</source>
        <translation>Nouvelle mesure «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SavedViewStore</name>
    <message>
        <location filename="../core/store/savedviewstore.cpp" line="+25"/>
        <source>There is already a view called “%1”. Choose another name, or replace that view.</source>
        <translation>Il existe déjà une vue nommée «&#xa0;%1&#xa0;». Choisissez un autre nom, ou remplacez cette vue.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is already a view called “%1”. Choose another name.</source>
        <translation>Il existe déjà une vue nommée «&#xa0;%1&#xa0;». Choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The view “%1” is no longer in this catalogue.</source>
        <translation>La vue «&#xa0;%1&#xa0;» n&apos;est plus dans ce catalogue.</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <location filename="../core/query/savedview.cpp" line="+104"/>
        <source>Give the view a name, for example “Ready for the 2027 report”.</source>
        <translation>Donnez un nom à la vue, par exemple «&#xa0;Prêtes pour le rapport 2027&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A view&apos;s name is at most 80 characters long.</source>
        <translation>Le nom d&apos;une vue compte au plus 80 caractères.</translation>
    </message>
</context>
<context>
    <name>SavedViewsDialog</name>
    <message>
        <location filename="../ui/dialogs/savedviewsdialog.cpp" line="+79"/>
        <location line="+6"/>
        <source>Rename View</source>
        <translation>Renommer la vue</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>New name of “%1”:</source>
        <translation>Nouveau nom de «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+8"/>
        <source>Delete View</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Delete the view “%1” from this catalogue? The measures stay as they are; only the saved search, filters, sort and columns go, for everyone who opens the file.</source>
        <translation>Supprimer la vue «&#xa0;%1&#xa0;» de ce catalogue&#xa0;? Les mesures restent telles quelles&#xa0;; seuls la recherche, les filtres, le tri et les colonnes enregistrés disparaissent, pour tous ceux qui ouvrent le fichier.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This catalogue is open read-only: its views can be shown, not changed.</source>
        <translation>Ce catalogue est ouvert en lecture seule&#xa0;: ses vues peuvent être affichées, mais pas modifiées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved Views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>SavedViewsMenu</name>
    <message>
        <location filename="../ui/mainwindow/savedviewsmenu.cpp" line="+119"/>
        <location line="+7"/>
        <location line="+15"/>
        <location line="+14"/>
        <source>Save Current View</source>
        <translation>Enregistrer la vue actuelle</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The search, the filters, the sort and the columns are kept in the catalogue file, for you and for whoever opens it.

Name of the view:</source>
        <translation>La recherche, les filtres, le tri et les colonnes sont conservés dans le fichier du catalogue, pour vous et pour quiconque l&apos;ouvre.

Nom de la vue&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is already a view called “%1”. Replace it with what the window shows now?</source>
        <translation>Il existe déjà une vue nommée «&#xa0;%1&#xa0;». La remplacer par ce que la fenêtre affiche maintenant&#xa0;?</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No saved views yet: set a search and filters, then save them</source>
        <translation>Aucune vue enregistrée pour l&apos;instant&#xa0;: définissez une recherche et des filtres, puis enregistrez-les</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a catalogue to see its saved views</source>
        <translation>Ouvrez un catalogue pour voir ses vues enregistrées</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sa&amp;ved Views</source>
        <translation>&amp;Vues enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Current View…</source>
        <translation>&amp;Enregistrer la vue actuelle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename or Delete Views…</source>
        <translation>&amp;Renommer ou supprimer des vues…</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <location filename="../core/catalogue/schemacheck.cpp" line="+114"/>
        <source>this version cannot tell how format %1 is laid out</source>
        <translation>cette version ne sait pas comment le format %1 est structuré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a view “%1” that this app never makes</source>
        <translation>une vue «&#xa0;%1&#xa0;» que cette application ne crée jamais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a trigger “%1” that this app never makes</source>
        <translation>un déclencheur «&#xa0;%1&#xa0;» que cette application ne crée jamais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an index “%1” that this app never makes</source>
        <translation>un index «&#xa0;%1&#xa0;» que cette application ne crée jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a table “%1” that this app never makes</source>
        <translation>une table «&#xa0;%1&#xa0;» que cette application ne crée jamais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is a view, where this app makes a table</source>
        <translation>«&#xa0;%1&#xa0;» est une vue, là où cette application crée une table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is of another kind than this app makes</source>
        <translation>«&#xa0;%1&#xa0;» est d&apos;un autre type que celui que crée cette application</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the index “%1” covers other columns than this app makes</source>
        <translation>l&apos;index «&#xa0;%1&#xa0;» couvre d&apos;autres colonnes que celles que crée cette application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the table “%1” has other columns than this app makes</source>
        <translation>la table «&#xa0;%1&#xa0;» a d&apos;autres colonnes que celles que crée cette application</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the index “%1” is missing</source>
        <translation>l&apos;index «&#xa0;%1&#xa0;» est manquant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the table “%1” is missing</source>
        <translation>la table «&#xa0;%1&#xa0;» est manquante</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n more difference(s)</source>
        <translation>
            <numerusform>%n autre différence</numerusform>
            <numerusform>%n autres différences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionCommand</name>
    <message>
        <location filename="../ui/session/measurecommands.cpp" line="-16"/>
        <location line="+7"/>
        <source>This step is no longer kept: the undo history let it go to stay within its memory budget.</source>
        <translation>Cette étape n&apos;est plus conservée&#xa0;: l&apos;historique d&apos;annulation l&apos;a abandonnée pour rester dans sa limite de mémoire.</translation>
    </message>
</context>
<context>
    <name>SideFiles</name>
    <message>
        <location filename="../core/catalogue/readonlypolicy.cpp" line="+29"/>
        <source>The catalogue cannot be edited because SQLite&apos;s working file “%1” beside it is read-only and belongs to another user. It is left over from an earlier use of the catalogue. Ask that user (or an administrator) to delete it or make it writable; the catalogue itself is not affected. Until then you can open it read-only.</source>
        <translation>Le catalogue ne peut pas être modifié, car le fichier de travail de SQLite «&#xa0;%1&#xa0;», à côté de lui, est en lecture seule et appartient à un autre utilisateur. Il reste d&apos;une utilisation antérieure du catalogue. Demandez à cet utilisateur (ou à un administrateur) de le supprimer ou de le rendre accessible en écriture&#xa0;; le catalogue lui-même n&apos;est pas concerné. En attendant, vous pouvez l&apos;ouvrir en lecture seule.</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <location filename="../core/catalogue/sqlitestatement.cpp" line="+17"/>
        <source>the catalogue is closed</source>
        <translation>le catalogue est fermé</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the catalogue was closed</source>
        <translation>le catalogue a été fermé</translation>
    </message>
</context>
<context>
    <name>SqliteText</name>
    <message>
        <location filename="../core/catalogue/sqlitetext.cpp" line="+10"/>
        <location line="+28"/>
        <source>there was not enough memory</source>
        <translation>la mémoire était insuffisante</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>the file was moved or deleted while it was open</source>
        <translation>le fichier a été déplacé ou supprimé alors qu&apos;il était ouvert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk could not be read or written: the drive may be full, disconnected or failing</source>
        <translation>le disque n&apos;a pas pu être lu ou écrit&#xa0;: le lecteur est peut-être plein, déconnecté ou défaillant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file&apos;s content is damaged</source>
        <translation>le contenu du fichier est endommagé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is not a catalogue</source>
        <translation>le fichier n&apos;est pas un catalogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file or its folder cannot be written to</source>
        <translation>impossible d&apos;écrire dans le fichier ou dans son dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another program is using the catalogue</source>
        <translation>un autre programme utilise le catalogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file could not be opened</source>
        <translation>le fichier n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>permission was refused</source>
        <translation>l&apos;autorisation a été refusée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the step was stopped</source>
        <translation>l&apos;étape a été interrompue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a value is larger than a catalogue holds</source>
        <translation>une valeur dépasse ce qu&apos;un catalogue peut contenir</translation>
    </message>
</context>
<context>
    <name>StatisticsCsv</name>
    <message>
        <location filename="../core/csv/statisticscsv.cpp" line="+18"/>
        <source>(not given)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>label</source>
        <comment>CSV header</comment>
        <translation>libellé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>measures</source>
        <comment>CSV header</comment>
        <translation>mesures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>funding_usd</source>
        <comment>CSV header</comment>
        <translation>financement_usd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The statistics could not be written (%1).</source>
        <translation>Les statistiques n&apos;ont pas pu être écrites (%1).</translation>
    </message>
</context>
<context>
    <name>StatisticsPane</name>
    <message>
        <location filename="../ui/widgets/statisticspane.cpp" line="+168"/>
        <source>The statistics could not be read (%1).</source>
        <translation>Les statistiques n&apos;ont pas pu être lues (%1).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln measure(s) in the view; %1 with an amount, %2 in all.</source>
        <translation>
            <numerusform>%Ln mesure dans la vue&#xa0;; %1 avec un montant, %2 au total.</numerusform>
            <numerusform>%Ln mesures dans la vue&#xa0;; %1 avec un montant, %2 au total.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>None of these measures gives an amount in USD.</source>
        <translation>Aucune de ces mesures n&apos;indique de montant en USD.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The chart shows %1 of the %2 values; the list below has them all.</source>
        <translation>Le graphique montre %1 des %2 valeurs&#xa0;; la liste ci-dessous les contient toutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+82"/>
        <location line="+1"/>
        <source>Funding (USD)</source>
        <translation>Financement (USD)</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+81"/>
        <location line="+2"/>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Click to show only these measures.</source>
        <translation>Cliquez pour n&apos;afficher que ces mesures.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>By Convention goal</source>
        <translation>Par objectif de la Convention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By monitoring area</source>
        <translation>Par domaine de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By cultural domain</source>
        <translation>Par domaine culturel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By scope</source>
        <translation>Par portée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By nature</source>
        <translation>Par nature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By country</source>
        <translation>Par pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By report year</source>
        <translation>Par année du rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By type of partner</source>
        <translation>Par type de partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By status</source>
        <translation>Par statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By evaluation</source>
        <translation>Par évaluation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to count the measures of the view by</source>
        <translation>Critère selon lequel compter les mesures de la vue</translation>
    </message>
</context>
<context>
    <name>StepProgressDialog</name>
    <message>
        <location filename="../ui/widgets/stepprogressdialog.cpp" line="+66"/>
        <source>Cancelling… Nothing of this step will be kept.</source>
        <translation>Annulation en cours… Rien de cette étape ne sera conservé.</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <location filename="../core/store/storageerror.cpp" line="+19"/>
        <source>The change was not saved because SQLite&apos;s working files beside the catalogue (its name followed by “-wal” and “-shm”) are read-only (%1). Run the command again once no other program has the catalogue open: if the files belong to you they are repaired, otherwise you are told whom to ask.</source>
        <translation>La modification n&apos;a pas été enregistrée, car les fichiers de travail de SQLite à côté du catalogue (son nom suivi de «&#xa0;-wal&#xa0;» et «&#xa0;-shm&#xa0;») sont en lecture seule (%1). Relancez la commande lorsque plus aucun autre programme n&apos;aura ouvert le catalogue&#xa0;: si les fichiers vous appartiennent, ils seront réparés&#xa0;; sinon, on vous indiquera à qui vous adresser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change was not saved because SQLite&apos;s working files beside the catalogue (its name followed by “-wal” and “-shm”) are read-only (%1). Close the catalogue and open it again: if the files belong to you they are repaired, otherwise you are told whom to ask.</source>
        <translation>La modification n&apos;a pas été enregistrée, car les fichiers de travail de SQLite à côté du catalogue (son nom suivi de «&#xa0;-wal&#xa0;» et «&#xa0;-shm&#xa0;») sont en lecture seule (%1). Fermez le catalogue et rouvrez-le&#xa0;: si les fichiers vous appartiennent, ils seront réparés&#xa0;; sinon, on vous indiquera à qui vous adresser.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The disk is full, so the change was not saved. Free some space and try again.</source>
        <translation>Le disque est plein&#xa0;: la modification n&apos;a donc pas été enregistrée. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalogue file has become read-only, so the change was not saved. Check its permissions, or copy it to a folder where you can write.</source>
        <translation>Le fichier du catalogue est passé en lecture seule&#xa0;: la modification n&apos;a donc pas été enregistrée. Vérifiez ses autorisations, ou copiez-le dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another program is writing to the catalogue, so the change was not saved. Try again in a moment.</source>
        <translation>Un autre programme est en train d&apos;écrire dans le catalogue&#xa0;: la modification n&apos;a donc pas été enregistrée. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The catalogue file could not be written: it may have been moved or deleted, or its drive disconnected (%1). Reconnect the drive and try again.</source>
        <translation>Le fichier du catalogue n&apos;a pas pu être écrit&#xa0;: il a peut-être été déplacé ou supprimé, ou son lecteur a été déconnecté (%1). Reconnectez le lecteur et réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The catalogue file is damaged (%1). The change was not saved. “measures-cli check” says what is wrong; a backup copy of the catalogue is the way back.</source>
        <translation>Le fichier du catalogue est endommagé (%1). La modification n&apos;a pas été enregistrée. «&#xa0;measures-cli check&#xa0;» indique ce qui ne va pas&#xa0;; une copie de sauvegarde du catalogue permet de revenir en arrière.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalogue file is damaged (%1). The change was not saved. Restore the catalogue from a backup copy.</source>
        <translation>Le fichier du catalogue est endommagé (%1). La modification n&apos;a pas été enregistrée. Restaurez le catalogue à partir d&apos;une copie de sauvegarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The change breaks a rule of the catalogue (%1) and was not saved.</source>
        <translation>La modification enfreint une règle du catalogue (%1) et n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change could not be saved (%1).</source>
        <translation>La modification n&apos;a pas pu être enregistrée (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The catalogue could not be read (%1), so nothing was changed. Run the command again; if this goes on, “measures-cli check” says whether its file is damaged.</source>
        <translation>Le catalogue n&apos;a pas pu être lu (%1)&#xa0;: rien n&apos;a donc été modifié. Relancez la commande&#xa0;; si le problème persiste, «&#xa0;measures-cli check&#xa0;» indique si son fichier est endommagé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalogue could not be read (%1), so nothing was changed. Close the catalogue and open it again; if this goes on, its file may be damaged: File ▸ Restore from Backup brings back a checked copy.</source>
        <translation>Le catalogue n&apos;a pas pu être lu (%1)&#xa0;: rien n&apos;a donc été modifié. Fermez le catalogue et rouvrez-le&#xa0;; si le problème persiste, son fichier est peut-être endommagé&#xa0;: Fichier ▸ Restaurer depuis une sauvegarde ramène une copie vérifiée.</translation>
    </message>
    <message>
        <location filename="../core/store/writetransaction.cpp" line="+176"/>
        <source>The catalogue file was moved, renamed or deleted while the command ran, so the change was not saved. Run the command again on the file where it is now.</source>
        <translation>Le fichier du catalogue a été déplacé, renommé ou supprimé pendant l&apos;exécution de la commande&#xa0;: la modification n&apos;a donc pas été enregistrée. Relancez la commande sur le fichier, là où il se trouve maintenant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalogue file was moved, renamed or deleted since it was opened, so the change was not saved. Save everything that is open to a new file with File ▸ Save a Copy, then work in that file.</source>
        <translation>Le fichier du catalogue a été déplacé, renommé ou supprimé depuis son ouverture&#xa0;: la modification n&apos;a donc pas été enregistrée. Enregistrez tout ce qui est ouvert dans un nouveau fichier avec Fichier ▸ Enregistrer une copie, puis travaillez dans ce fichier.</translation>
    </message>
</context>
<context>
    <name>TeamConnectDialog</name>
    <message>
        <location filename="../ui/dialogs/teamconnectdialog.cpp" line="+109"/>
        <source>Connect to a Team Catalogue</source>
        <translation>Se connecter à un catalogue d&apos;équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A team catalogue is kept on your team&apos;s PostgreSQL server. Whoever runs it gives you these details; each of you keeps working on a copy of your own and synchronizes it.</source>
        <translation>Un catalogue d&apos;équipe est conservé sur le serveur PostgreSQL de votre équipe. La personne qui l&apos;administre vous communique ces informations&#xa0;; chacun continue de travailler sur sa propre copie et la synchronise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example db.ministry.example</source>
        <translation>par exemple db.ministere.example</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example team</source>
        <translation>par exemple equipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted, the server&apos;s certificate checked (recommended)</source>
        <translation>Chiffrée, avec vérification du certificat du serveur (recommandé)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encrypted, the certificate not checked</source>
        <translation>Chiffrée, sans vérification du certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not encrypted (a server on this computer, or a test server, only)</source>
        <translation>Non chiffrée (uniquement pour un serveur sur cet ordinateur ou un serveur de test)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~/.postgresql/root.crt unless another file is given</source>
        <translation>~/.postgresql/root.crt, sauf si un autre fichier est indiqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ecurity:</source>
        <translation>Sécur&amp;ité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificate authority:</source>
        <translation>Autorité de &amp;certification&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the team catalogue into a &amp;new file</source>
        <translation>Télécharger le catalogue d&apos;équipe dans un &amp;nouveau fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up&amp;load this catalogue as the team&apos;s first content</source>
        <translation>&amp;Téléverser ce catalogue comme premier contenu de l&apos;équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the catalogue to upload first.</source>
        <translation>Ouvrez d&apos;abord le catalogue à téléverser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onnect</source>
        <translation>S&amp;e connecter</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>There is no file “%1”. Copy the certificate authority&apos;s file your IT department gives (often root.crt or ca.crt) to this computer, then choose it here with Browse.</source>
        <translation>Il n&apos;y a pas de fichier «&#xa0;%1&#xa0;». Copiez sur cet ordinateur le fichier de l&apos;autorité de certification que fournit votre service informatique (souvent root.crt ou ca.crt), puis choisissez-le ici avec Parcourir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the server&apos;s certificate needs its certificate authority&apos;s file, and “%1” is not there. Copy the file your IT department gives (often root.crt or ca.crt) to this computer, then choose it here with Browse.</source>
        <translation>Vérifier le certificat du serveur demande le fichier de son autorité de certification, et «&#xa0;%1&#xa0;» n&apos;existe pas. Copiez sur cet ordinateur le fichier que fournit votre service informatique (souvent root.crt ou ca.crt), puis choisissez-le ici avec Parcourir.</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>The Server&apos;s Certificate Authority</source>
        <translation>Autorité de certification du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificats (*.crt *.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Give the server&apos;s name or address (or the folder of its socket, starting with /).</source>
        <translation>Indiquez le nom ou l&apos;adresse du serveur (ou le dossier de son socket, commençant par /).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the name of the team catalogue&apos;s database.</source>
        <translation>Indiquez le nom de la base de données du catalogue d&apos;équipe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give your user name on the server.</source>
        <translation>Indiquez votre nom d&apos;utilisateur sur le serveur.</translation>
    </message>
</context>
<context>
    <name>TeamConnection</name>
    <message>
        <location filename="../core/team/teamconnection.cpp" line="+79"/>
        <source>no answer within 5 seconds</source>
        <translation>aucune réponse en 5 secondes</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the socket folder&apos;s path is too long</source>
        <translation>le chemin du dossier du socket est trop long</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Qt&apos;s PostgreSQL driver is not installed (on Debian: the package libqt6sql6-psql), so no team catalogue can be reached.</source>
        <translation>Le pilote PostgreSQL de Qt n&apos;est pas installé (sous Debian&#xa0;: le paquet libqt6sql6-psql)&#xa0;: aucun catalogue d&apos;équipe ne peut donc être joint.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot reach the server of %1: the host name “%2” is not known (%3). Check the address, or the network.</source>
        <translation>Impossible de joindre le serveur de %1&#xa0;: le nom d&apos;hôte «&#xa0;%2&#xa0;» est inconnu (%3). Vérifiez l&apos;adresse, ou le réseau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot reach the server of %1: nothing answers there (%2). Check the host and port, and that the server runs; offline, try again once connected.</source>
        <translation>Impossible de joindre le serveur de %1&#xa0;: rien n&apos;y répond (%2). Vérifiez l&apos;hôte et le port, et que le serveur fonctionne&#xa0;; si vous êtes hors ligne, réessayez une fois connecté.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>your login name</source>
        <translation>votre nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server of %1 answered, but its certificate is not one to trust for that address (signed by another authority, or made for another name), so nothing was sent to it. Check the address and the certificate authority file with whoever runs the server. The connection said: %2</source>
        <translation>Le serveur de %1 a répondu, mais son certificat n&apos;est pas digne de confiance pour cette adresse (signé par une autre autorité, ou établi pour un autre nom)&#xa0;: rien ne lui a donc été envoyé. Vérifiez l&apos;adresse et le fichier de l&apos;autorité de certification avec la personne qui administre le serveur. La connexion a indiqué&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server of %1 asks for the password of %2: give it in PGPASSWORD or the password file (~/.pgpass), or run the command in a terminal to be asked.</source>
        <translation>Le serveur de %1 demande le mot de passe de %2&#xa0;: indiquez-le dans PGPASSWORD ou dans le fichier de mots de passe (~/.pgpass), ou exécutez la commande dans un terminal pour qu&apos;il vous soit demandé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server of %1 asks for the password of %2: type it in Password.</source>
        <translation>Le serveur de %1 demande le mot de passe de %2&#xa0;: tapez-le dans Mot de passe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server of %1 was reached but refused the login: the password of %2 is wrong (or there is no such user).</source>
        <translation>Le serveur de %1 a été joint, mais il a refusé la connexion&#xa0;: le mot de passe de %2 est incorrect (ou cet utilisateur n&apos;existe pas).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server of %1 was reached, but it has no database “%2”.</source>
        <translation>Le serveur de %1 a été joint, mais il n&apos;a aucune base de données «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server of %1 was reached but refused the login of %2: the password, the user or the database is wrong, or the server&apos;s pg_hba.conf does not let them in. The server said: %3</source>
        <translation>Le serveur de %1 a été joint, mais il a refusé la connexion de %2&#xa0;: le mot de passe, l&apos;utilisateur ou la base de données est incorrect, ou le fichier pg_hba.conf du serveur ne l&apos;autorise pas. Le serveur a indiqué&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>“%1” may not change the team catalogue %2: readers can pull what the team pushed but not push. Ask whoever runs the server to make them an editor (measures-cli server add-user … --role editor). The server said: %3</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas le droit de modifier le catalogue d&apos;équipe %2&#xa0;: les lecteurs peuvent recevoir ce que l&apos;équipe a envoyé, mais pas envoyer. Demandez à la personne qui administre le serveur d&apos;en faire un éditeur (measures-cli server add-user … --role editor). Le serveur a indiqué&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” may not do this on %2. Setting up a team catalogue and its members needs a login that owns the database and may create roles; a push writes only its own work. The server said: %3</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas le droit de faire cela sur %2. La mise en place d&apos;un catalogue d&apos;équipe et de ses membres nécessite un compte propriétaire de la base de données et autorisé à créer des rôles&#xa0;; un envoi n&apos;écrit que son propre travail. Le serveur a indiqué&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The connection to the server of %1 was lost: %2</source>
        <translation>La connexion au serveur de %1 a été perdue&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server of %1 refused: %2</source>
        <translation>Le serveur de %1 a refusé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <location filename="../ui/mainwindow/teamcontroller.cpp" line="+79"/>
        <source>&amp;Team</source>
        <translation>Éq&amp;uipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to a Team Catalogue…</source>
        <translation>Se &amp;connecter à un catalogue d&apos;équipe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work on one catalogue with your team through its server: download it, or upload this one as its first content</source>
        <translation>Travailler sur un même catalogue avec votre équipe via son serveur&#xa0;: le télécharger, ou téléverser celui-ci comme premier contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Synchronize</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronize</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in what the team pushed since, as a merge, then send what changed here</source>
        <translation>Intégrer ce que l&apos;équipe a envoyé depuis, sous forme de fusion, puis envoyer ce qui a changé ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how the Team&apos;s Changes First</source>
        <translation>&amp;Montrer d&apos;abord les modifications de l&apos;équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before every synchronize, show what the team changed; otherwise only when it meets a change of yours</source>
        <translation>Avant chaque synchronisation, montrer ce que l&apos;équipe a modifié&#xa0;; sinon seulement quand cela rencontre une de vos modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disconnect from the Team</source>
        <translation>Se &amp;déconnecter de l&apos;équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This catalogue stops synchronizing; it keeps every measure</source>
        <translation>Ce catalogue cesse de se synchroniser&#xa0;; il conserve toutes les mesures</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>synchronized %1</source>
        <translation>synchronisé le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not synchronized yet</source>
        <translation>pas encore synchronisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team: %1</source>
        <translation>Équipe&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>· %Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>· %Ln modification en attente d&apos;envoi</numerusform>
            <numerusform>· %Ln modifications en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>· %Ln change(s) from the team</source>
        <translation>
            <numerusform>· %Ln modification de l&apos;équipe</numerusform>
            <numerusform>· %Ln modifications de l&apos;équipe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>Nothing here was lost: %Ln change(s) wait for the next Synchronize.</source>
        <translation>
            <numerusform>Rien n&apos;a été perdu ici&#xa0;: %Ln modification attend la prochaine synchronisation.</numerusform>
            <numerusform>Rien n&apos;a été perdu ici&#xa0;: %Ln modifications attendent la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+153"/>
        <source>Synchronized with the team: %Ln measure(s) from the team</source>
        <translation>
            <numerusform>Synchronisé avec l&apos;équipe&#xa0;: %Ln mesure reçue de l&apos;équipe</numerusform>
            <numerusform>Synchronisé avec l&apos;équipe&#xa0;: %Ln mesures reçues de l&apos;équipe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %Ln change(s) sent.</source>
        <translation>
            <numerusform>, %Ln modification envoyée.</numerusform>
            <numerusform>, %Ln modifications envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connecting to the team&apos;s server…</source>
        <translation>Connexion au serveur de l&apos;équipe…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nobody has uploaded a catalogue to “%1” yet, so downloading it makes an empty file. To make this catalogue the team&apos;s first content, go back and choose to upload it.</source>
        <translation>Personne n&apos;a encore envoyé de catalogue vers «&#xa0;%1&#xa0;»&#xa0;: le télécharger donne un fichier vide. Pour faire de ce catalogue le premier contenu de l&apos;équipe, revenez en arrière et choisissez de l&apos;envoyer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody has uploaded a catalogue to “%1” yet, so downloading it makes an empty file. To make a catalogue of yours the team&apos;s first content, open it, then connect again and choose to upload it.</source>
        <translation>Personne n&apos;a encore envoyé de catalogue vers «&#xa0;%1&#xa0;»&#xa0;: le télécharger donne un fichier vide. Pour faire d&apos;un de vos catalogues le premier contenu de l&apos;équipe, ouvrez-le, puis connectez-vous à nouveau et choisissez de l&apos;envoyer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Team Catalogue Is Empty</source>
        <translation>Le catalogue d&apos;équipe est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download Empty</source>
        <translation>&amp;Télécharger vide</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%Ln measure(s) are now the team&apos;s catalogue. Your colleagues connect to it and download it; File ▸ Team ▸ Synchronize brings their work in and sends yours.</source>
        <translation>
            <numerusform>%Ln mesure constitue désormais le catalogue de l&apos;équipe. Vos collègues s&apos;y connectent et le téléchargent&#xa0;; Fichier ▸ Équipe ▸ Synchroniser intègre leur travail et envoie le vôtre.</numerusform>
            <numerusform>%Ln mesures constituent désormais le catalogue de l&apos;équipe. Vos collègues s&apos;y connectent et le téléchargent&#xa0;; Fichier ▸ Équipe ▸ Synchroniser intègre leur travail et envoie le vôtre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>The team catalogue is downloaded: %Ln measure(s). File ▸ Team ▸ Synchronize brings in what the team pushes and sends what you change.</source>
        <translation>
            <numerusform>Le catalogue d&apos;équipe est téléchargé&#xa0;: %Ln mesure. Fichier ▸ Équipe ▸ Synchroniser intègre ce que l&apos;équipe envoie et envoie ce que vous modifiez.</numerusform>
            <numerusform>Le catalogue d&apos;équipe est téléchargé&#xa0;: %Ln mesures. Fichier ▸ Équipe ▸ Synchroniser intègre ce que l&apos;équipe envoie et envoie ce que vous modifiez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%Ln change(s) made here have not been sent to the team.</source>
        <translation>
            <numerusform>%Ln modification faite ici n&apos;a pas été envoyée à l&apos;équipe.</numerusform>
            <numerusform>%Ln modifications faites ici n&apos;ont pas été envoyées à l&apos;équipe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-301"/>
        <source>The password was not kept in the system keyring (%1): it will be asked again next time.</source>
        <translation>Le mot de passe n&apos;a pas été conservé dans le trousseau du système (%1)&#xa0;: il sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+14"/>
        <location line="+27"/>
        <location line="+18"/>
        <location line="+6"/>
        <location line="+20"/>
        <location line="+18"/>
        <location line="+10"/>
        <source>Not Synchronized</source>
        <translation>Non synchronisé</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Not a Team Catalogue</source>
        <translation>Ce n&apos;est pas un catalogue d&apos;équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This catalogue is not linked to a team catalogue. File ▸ Team ▸ Connect to a Team Catalogue… uploads it as a team&apos;s first content, or downloads a team&apos;s catalogue into a new file.</source>
        <translation>Ce catalogue n&apos;est lié à aucun catalogue d&apos;équipe. Fichier ▸ Équipe ▸ Se connecter à un catalogue d&apos;équipe… le téléverse comme premier contenu d&apos;une équipe, ou télécharge le catalogue d&apos;une équipe dans un nouveau fichier.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Synchronizing: reading what the team pushed…</source>
        <translation>Synchronisation&#xa0;: lecture de ce que l&apos;équipe a envoyé…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Synchronize stopped: nothing was written here or on the server.</source>
        <translation>Synchronisation interrompue&#xa0;: rien n&apos;a été écrit ici ni sur le serveur.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Synchronizing: sending what changed here…</source>
        <translation>Synchronisation&#xa0;: envoi de ce qui a changé ici…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Uploading this catalogue to the team…</source>
        <translation>Téléversement de ce catalogue vers l&apos;équipe…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>team.measures</source>
        <translation>equipe.measures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the Team Catalogue As</source>
        <translation>Enregistrer le catalogue d&apos;équipe sous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogues (*.%1);;All files (*)</source>
        <translation>Catalogues (*.%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” exists already: the team catalogue is downloaded into a new file. Choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;: le catalogue d&apos;équipe est téléchargé dans un nouveau fichier. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Downloading the team catalogue…</source>
        <translation>Téléchargement du catalogue d&apos;équipe…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This catalogue stops synchronizing with its team catalogue. It keeps every measure; to synchronize again later, download the team catalogue into a new file and merge this one into it.</source>
        <translation>Ce catalogue cesse de se synchroniser avec son catalogue d&apos;équipe. Il conserve toutes les mesures&#xa0;; pour synchroniser de nouveau plus tard, téléchargez le catalogue d&apos;équipe dans un nouveau fichier et fusionnez-y celui-ci.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Disconnect from the Team</source>
        <translation>Se déconnecter de l&apos;équipe</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This catalogue no longer synchronizes with a team.</source>
        <translation>Ce catalogue ne se synchronise plus avec une équipe.</translation>
    </message>
</context>
<context>
    <name>TeamCopy</name>
    <message>
        <location filename="../core/team/teamcopy.cpp" line="-29"/>
        <source>The team catalogue %1 holds data this app refuses: %2 Nothing was changed here. Tell whoever runs the server; the team&apos;s other members may have pushed it with another program.</source>
        <translation>Le catalogue d&apos;équipe %1 contient des données que cette application refuse&#xa0;: %2 Rien n&apos;a été modifié ici. Prévenez la personne qui administre le serveur&#xa0;; un autre membre de l&apos;équipe les a peut-être envoyées avec un autre programme.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>a revision names its author with characters no catalogue writes.</source>
        <translation>une révision nomme son auteur avec des caractères qu&apos;aucun catalogue n&apos;écrit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it has more revisions than any catalogue this app makes.</source>
        <translation>il contient plus de révisions que tout catalogue produit par cette application.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>the measure %1 holds the content of another measure.</source>
        <translation>la mesure %1 contient le contenu d&apos;une autre mesure.</translation>
    </message>
</context>
<context>
    <name>TeamPasswordDialog</name>
    <message>
        <location filename="../ui/dialogs/teampassworddialog.cpp" line="+13"/>
        <source>Team Catalogue Password</source>
        <translation>Mot de passe du catalogue d&apos;équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>The password of “%1” for %2:</source>
        <translation>Le mot de passe de «&#xa0;%1&#xa0;» pour %2&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
</context>
<context>
    <name>TeamPasswords</name>
    <message>
        <location filename="../ui/session/teampasswords.cpp" line="+64"/>
        <source>no system keyring is available</source>
        <translation>aucun trousseau système n&apos;est disponible</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the system keyring did not answer</source>
        <translation>le trousseau du système n&apos;a pas répondu</translation>
    </message>
</context>
<context>
    <name>TeamPull</name>
    <message>
        <location filename="../core/team/teampull.cpp" line="+41"/>
        <location line="+124"/>
        <source>The server gave no answer to a question it always answers.</source>
        <translation>Le serveur n&apos;a pas répondu à une question à laquelle il répond toujours.</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>The team catalogue has fewer pushes than this copy has already read: it was restored from an older backup or made again. Nothing was changed here. Ask whoever runs the server; to go on, download the team catalogue into a new file and merge this one into it.</source>
        <translation>Le catalogue d&apos;équipe compte moins d&apos;envois que cette copie n&apos;en a déjà lu&#xa0;: il a été restauré à partir d&apos;une sauvegarde plus ancienne ou recréé. Rien n&apos;a été modifié ici. Adressez-vous à la personne qui administre le serveur&#xa0;; pour continuer, téléchargez le catalogue d&apos;équipe dans un nouveau fichier et fusionnez-y celui-ci.</translation>
    </message>
</context>
<context>
    <name>TeamPush</name>
    <message>
        <location filename="../core/team/teampush.cpp" line="+154"/>
        <source>“%1” may read the team catalogue %2 but not change it: what changed here stays in this catalogue only. To send it, ask whoever runs the server to make “%1” an editor (measures-cli server add-user … --role editor).</source>
        <translation>«&#xa0;%1&#xa0;» peut lire le catalogue d&apos;équipe %2 mais pas le modifier&#xa0;: ce qui a changé ici reste dans ce catalogue seulement. Pour l&apos;envoyer, demandez à la personne qui administre le serveur de faire de «&#xa0;%1&#xa0;» un éditeur (measures-cli server add-user … --role editor).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The server gave no answer to a question it always answers.</source>
        <translation>Le serveur n&apos;a pas répondu à une question à laquelle il répond toujours.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another member&apos;s push has held the team catalogue for a minute: nothing was sent. Synchronize again in a moment.</source>
        <translation>L&apos;envoi d&apos;un autre membre bloque le catalogue d&apos;équipe depuis une minute&#xa0;: rien n&apos;a été envoyé. Synchronisez de nouveau dans un instant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The team catalogue has fewer pushes than this copy has already read: it was restored from an older backup or made again. Nothing was sent. Ask whoever runs the server; to go on, download the team catalogue into a new file and merge this one into it.</source>
        <translation>Le catalogue d&apos;équipe compte moins d&apos;envois que cette copie n&apos;en a déjà lu&#xa0;: il a été restauré à partir d&apos;une sauvegarde plus ancienne ou recréé. Rien n&apos;a été envoyé. Adressez-vous à la personne qui administre le serveur&#xa0;; pour continuer, téléchargez le catalogue d&apos;équipe dans un nouveau fichier et fusionnez-y celui-ci.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+6"/>
        <source>Someone pushed changes to the same measures meanwhile.</source>
        <translation>Quelqu&apos;un a envoyé entre-temps des modifications des mêmes mesures.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancelled: nothing was pushed.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>a measure changed while it was being pushed; synchronize again.</source>
        <translation>une mesure a changé pendant son envoi&#xa0;; synchronisez de nouveau.</translation>
    </message>
</context>
<context>
    <name>TeamSchema</name>
    <message>
        <location filename="../core/team/teamschema.cpp" line="+82"/>
        <source>The team schema&apos;s step %1 is missing from this program.</source>
        <translation>L&apos;étape %1 du schéma d&apos;équipe manque dans ce programme.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 is not a team catalogue (it has no team schema). Check the database&apos;s name, or make an empty database a team catalogue with measures-cli server init.</source>
        <translation>%1 n&apos;est pas un catalogue d&apos;équipe (il n&apos;a pas de schéma d&apos;équipe). Vérifiez le nom de la base de données, ou faites d&apos;une base de données vide un catalogue d&apos;équipe avec measures-cli server init.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is a team catalogue of format %2, made by a later version of Measures Catalogue; this version knows formats up to %3. Update Measures Catalogue to work with it.</source>
        <translation>%1 est un catalogue d&apos;équipe au format %2, créé par une version ultérieure du Catalogue des mesures&#xa0;; cette version connaît les formats jusqu&apos;au format %3. Mettez à jour le Catalogue des mesures pour travailler avec.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a whole team catalogue: its format is not recorded.</source>
        <translation>%1 n&apos;est pas un catalogue d&apos;équipe complet&#xa0;: son format n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A team catalogue&apos;s database is named with lower-case letters, digits and _ (at most 56), because its roles are named after it; “%1” is not. Create a database with such a name.</source>
        <translation>La base de données d&apos;un catalogue d&apos;équipe se nomme avec des lettres minuscules, des chiffres et _ (56 au plus), car ses rôles portent son nom&#xa0;; «&#xa0;%1&#xa0;» ne respecte pas cette règle. Créez une base de données portant un tel nom.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is one of the server&apos;s own databases: a team catalogue needs a database of its own. Create one (CREATE DATABASE team) and give its address.</source>
        <translation>«&#xa0;%1&#xa0;» est l&apos;une des bases de données propres au serveur&#xa0;: un catalogue d&apos;équipe a besoin de sa propre base de données. Créez-en une (CREATE DATABASE team) et indiquez son adresse.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is a team catalogue already (format %2): nothing was changed.</source>
        <translation>%1 est déjà un catalogue d&apos;équipe (format %2)&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not empty: it holds tables or schemas already. A team catalogue is made in an empty database (CREATE DATABASE …); nothing was changed.</source>
        <translation>%1 n&apos;est pas vide&#xa0;: cette base contient déjà des tables ou des schémas. Un catalogue d&apos;équipe se crée dans une base de données vide (CREATE DATABASE …)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” may not create roles: run server init as a PostgreSQL superuser, or as a user with CREATEROLE that owns the database. Nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas le droit de créer des rôles&#xa0;: exécutez server init en tant que superutilisateur PostgreSQL, ou en tant qu&apos;utilisateur disposant de CREATEROLE et propriétaire de la base de données. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server has a role “%1” already (left by an earlier team catalogue of that name?): drop it or use another database name. Nothing was changed.</source>
        <translation>Le serveur a déjà un rôle «&#xa0;%1&#xa0;» (laissé par un ancien catalogue d&apos;équipe de ce nom&#xa0;?)&#xa0;: supprimez-le ou utilisez un autre nom de base de données. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1” cannot be a member&apos;s name: use lower-case letters, digits and _ (at most 63), starting with a letter.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être le nom d&apos;un membre&#xa0;: utilisez des lettres minuscules, des chiffres et _ (63 au plus), en commençant par une lettre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is one of the team&apos;s own roles, not a person.</source>
        <translation>«&#xa0;%1&#xa0;» est l&apos;un des rôles propres à l&apos;équipe, pas une personne.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A new member needs a password.</source>
        <translation>Un nouveau membre doit avoir un mot de passe.</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <location filename="../core/team/teamsync.cpp" line="+43"/>
        <source>%1 is a team catalogue of an earlier format (%2). Ask whoever runs the server to bring it up to date with measures-cli server init (it keeps everything the team pushed); nothing was changed.</source>
        <translation>%1 est un catalogue d&apos;équipe d&apos;un format antérieur (%2). Demandez à la personne qui administre le serveur de le mettre à jour avec measures-cli server init (tout ce que l&apos;équipe a envoyé est conservé)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the team</source>
        <translation>l&apos;équipe</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+84"/>
        <source>This catalogue is not linked to a team catalogue: connect it first.</source>
        <translation>Ce catalogue n&apos;est lié à aucun catalogue d&apos;équipe&#xa0;: connectez-le d&apos;abord.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>No temporary folder for what the team pushed (%1).</source>
        <translation>Aucun dossier temporaire pour ce que l&apos;équipe a envoyé (%1).</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The server gave no answer to a question it always answers.</source>
        <translation>Le serveur n&apos;a pas répondu à une question à laquelle il répond toujours.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+17"/>
        <source>%1 has content already: sharing is for a team catalogue&apos;s first content. Join it instead (a new file), then merge this catalogue into that file. Nothing was changed.</source>
        <translation>%1 a déjà un contenu&#xa0;: le partage sert au premier contenu d&apos;un catalogue d&apos;équipe. Rejoignez-le plutôt (dans un nouveau fichier), puis fusionnez ce catalogue dans ce fichier. Rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n conflict(s) with the team: nothing was written here or on the server.</source>
        <translation>
            <numerusform>%n conflit avec l&apos;équipe&#xa0;: rien n&apos;a été écrit ici ni sur le serveur.</numerusform>
            <numerusform>%n conflits avec l&apos;équipe&#xa0;: rien n&apos;a été écrit ici ni sur le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>“%1” exists already: joining a team makes a new catalogue. Choose a new file name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;: rejoindre une équipe crée un nouveau catalogue. Choisissez un autre nom de fichier.</translation>
    </message>
</context>
<context>
    <name>TeamUrl</name>
    <message>
        <location filename="../core/team/teamurl.cpp" line="+57"/>
        <source>The server&apos;s address is not a PostgreSQL address: it starts with postgresql:// (for example postgresql://ana@db.example.org/team, or postgresql:///team?host=/run/postgresql for a Unix socket).</source>
        <translation>L&apos;adresse du serveur n&apos;est pas une adresse PostgreSQL&#xa0;: elle commence par postgresql:// (par exemple postgresql://ana@db.example.org/team, ou postgresql:///team?host=/run/postgresql pour un socket Unix).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s address is not a valid PostgreSQL address. Check it; in the user name and password write @ as %40, : as %3A, / as %2F and a space as %20.</source>
        <translation>L&apos;adresse du serveur n&apos;est pas une adresse PostgreSQL valide. Vérifiez-la&#xa0;; dans le nom d&apos;utilisateur et le mot de passe, écrivez @ sous la forme %40,&#xa0;: sous la forme %3A, / sous la forme %2F et une espace sous la forme %20.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A PostgreSQL address has no “#” part.</source>
        <translation>Une adresse PostgreSQL n&apos;a pas de partie «&#xa0;#&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a database name: a PostgreSQL address names one database after the server.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de base de données&#xa0;: une adresse PostgreSQL nomme une seule base de données après le serveur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a port number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de port.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The value of %1 in the address cannot contain “;”.</source>
        <translation>La valeur de %1 dans l&apos;adresse ne peut pas contenir «&#xa0;;&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address sets “%1”, which this app does not know as a PostgreSQL connection setting.</source>
        <translation>L&apos;adresse définit «&#xa0;%1&#xa0;», que cette application ne connaît pas comme paramètre de connexion PostgreSQL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address names several servers; a team catalogue is on one.</source>
        <translation>L&apos;adresse nomme plusieurs serveurs&#xa0;; un catalogue d&apos;équipe se trouve sur un seul.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address contains a NUL character.</source>
        <translation>L&apos;adresse contient un caractère NUL.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (port %2)</source>
        <translation>%1 (port %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” on %2</source>
        <translation>«&#xa0;%1&#xa0;» sur %2</translation>
    </message>
</context>
<context>
    <name>TeamViews</name>
    <message>
        <location filename="../core/team/teamviews.cpp" line="+59"/>
        <source>The team catalogue holds a saved view “%1” this app cannot read. Nothing of it was taken; tell whoever runs the server.</source>
        <translation>Le catalogue d&apos;équipe contient une vue enregistrée «&#xa0;%1&#xa0;» que cette application ne peut pas lire. Rien n&apos;en a été repris&#xa0;; prévenez la personne qui administre le serveur.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../ui/help/userguide.cpp" line="+41"/>
        <source>User Guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
</context>
<context>
    <name>ValueChain</name>
    <message>
        <location filename="../core/model/choices.cpp" line="+4"/>
        <source>Creation</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../core/model/vocabulary.cpp" line="+38"/>
        <source>%1 (in English)</source>
        <comment>a term without a label in this language</comment>
        <translation>%1 (en anglais)</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <location filename="../ui/dialogs/vocabularydialog.cpp" line="+154"/>
        <source>No label in this language yet: the English one shows. Double-click to add one.</source>
        <translation>Pas encore de libellé dans cette langue&#xa0;: l’anglais s’affiche. Double-cliquez pour en ajouter un.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>built-in</source>
        <translation>prédéfini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cultural Domains and Partner Types</source>
        <translation>Domaines culturels et types de partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cultural domains</source>
        <translation>Domaines culturels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner types</source>
        <translation>Types de partenaires</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (required)</source>
        <comment>a label&apos;s language</comment>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (optional)</source>
        <comment>a label&apos;s language</comment>
        <translation>%1 (facultatif)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only values you added, and that no measure or partner uses, can be removed.</source>
        <translation>Seules les valeurs que vous avez ajoutées, et qu&apos;aucune mesure ni aucun partenaire n&apos;utilise, peuvent être retirées.</translation>
    </message>
</context>
<context>
    <name>VocabularyStore</name>
    <message>
        <location filename="../core/store/vocabularystore.cpp" line="+44"/>
        <source>Give the value a label in English and in Spanish.</source>
        <translation>Donnez à la valeur un libellé en anglais et en espagnol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels are at most 200 characters long.</source>
        <translation>Les libellés comptent au plus 200 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A label cannot contain control characters (such as NUL). Type it again as plain text.</source>
        <translation>Un libellé ne peut pas contenir de caractères de contrôle (comme NUL). Tapez-le de nouveau en texte simple.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This list is fixed by the Convention&apos;s reporting framework.</source>
        <translation>Cette liste est fixée par le cadre de présentation des rapports de la Convention.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is already in the list (as “%2”).</source>
        <translation>«&#xa0;%1&#xa0;» figure déjà dans la liste (sous la forme «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>“%1” is part of the Convention&apos;s reporting framework and cannot be removed.</source>
        <translation>«&#xa0;%1&#xa0;» fait partie du cadre de présentation des rapports de la Convention et ne peut pas être retiré.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>“%1” is in use (%n time(s)), so it cannot be removed. Change those measures or partners first.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est utilisé (%n fois)&#xa0;: il ne peut donc pas être retiré. Modifiez d&apos;abord la mesure ou le partenaire qui l&apos;utilise.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est utilisé (%n fois)&#xa0;: il ne peut donc pas être retiré. Modifiez d&apos;abord les mesures ou les partenaires qui l&apos;utilisent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+85"/>
        <source>This list is full: it can hold 63 values. Remove a value you added before adding another.</source>
        <translation>Cette liste est pleine&#xa0;: elle peut contenir 63 valeurs. Retirez une valeur que vous avez ajoutée avant d&apos;en ajouter une autre.</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>A label cannot contain “%1”: in CSV files it separates values. Use another character, such as “,” or “/”.</source>
        <translation>Un libellé ne peut pas contenir «&#xa0;%1&#xa0;»&#xa0;: dans les fichiers CSV, ce caractère sépare les valeurs. Utilisez un autre caractère, comme «&#xa0;,&#xa0;» ou «&#xa0;/&#xa0;».</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/widgets/welcomepage.cpp" line="+90"/>
        <source>Measures Catalogue</source>
        <translation>Catalogue des mesures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue the cultural-policy measures of your periodic report on the 2005 Convention: enter them, find them again with search and filters, and export exactly what you see to an Excel workbook or CSV.</source>
        <translation>Cataloguez les mesures de politique culturelle de votre rapport périodique sur la Convention de 2005&#xa0;: saisissez-les, retrouvez-les grâce à la recherche et aux filtres, et exportez exactement ce que vous voyez vers un classeur Excel ou en CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Catalogue…</source>
        <translation>Nouveau catalogue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Catalogue…</source>
        <translation>Ouvrir un catalogue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join a Team Catalogue on a Server…</source>
        <translation>Rejoindre un catalogue d&apos;équipe sur un serveur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore the Sample Catalogue (5 real measures)</source>
        <translation>Explorer le catalogue d&apos;exemple (5 mesures réelles)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent catalogues (double-click to open):</source>
        <translation>Catalogues récents (double-cliquez pour ouvrir)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>XlsxExporter</name>
    <message>
        <location filename="../core/xlsx/xlsxexporter.cpp" line="+114"/>
        <source>The file “%1” cannot be written (%2). Choose another folder.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être écrit (%2). Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The view holds more measures than an Excel sheet has rows (1,048,575), so no workbook was written. Narrow the view, or export as CSV.</source>
        <translation>La vue contient plus de mesures qu&apos;une feuille Excel n&apos;a de lignes (1&#xa0;048&#xa0;575)&#xa0;: aucun classeur n&apos;a donc été écrit. Restreignez la vue, ou exportez en CSV.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <location line="+91"/>
        <source>the workbook could not be created</source>
        <translation>le classeur n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+112"/>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>The export could not start (%1).</source>
        <translation>L&apos;exportation n&apos;a pas pu démarrer (%1).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>“%1” of the measure “%2” is longer than an Excel cell can hold (32,767 characters), so no workbook was written. Export as CSV, which keeps every text whole.</source>
        <translation>«&#xa0;%1&#xa0;» de la mesure «&#xa0;%2&#xa0;» est plus long que ce qu&apos;une cellule Excel peut contenir (32&#xa0;767 caractères)&#xa0;: aucun classeur n&apos;a donc été écrit. Exportez en CSV, qui conserve tous les textes en entier.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the catalogue failed during the export (%1).</source>
        <translation>La lecture du catalogue a échoué pendant l&apos;exportation (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Times</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in UTC (coordinated universal time)</source>
        <translation>en UTC (temps universel coordonné)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorted by</source>
        <translation>Trié par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(ascending)</source>
        <translation>(croissant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(descending)</source>
        <translation>(décroissant)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the disk may be full</source>
        <translation>le disque est peut-être plein</translation>
    </message>
</context>
<context>
    <name>YearRangeButton</name>
    <message>
        <location filename="../ui/widgets/yearrangebutton.cpp" line="+74"/>
        <source>Report year</source>
        <translation>Année du rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year: %1</source>
        <translation>Année&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years: %1–%2</source>
        <translation>Années&#xa0;: %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year ≥ %1</source>
        <translation>Année ≥ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year ≤ %1</source>
        <translation>Année ≤ %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>any year</source>
        <translation>toute année</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+43"/>
        <source>Measures Catalogue: the cultural-policy measures of the UNESCO 2005 Convention, one file per catalogue.</source>
        <translation>Catalogue des mesures&#xa0;: les mesures de politique culturelle de la Convention de 2005 de l&apos;UNESCO, un fichier par catalogue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface language for this run: %1.</source>
        <translation>Langue de l’interface pour cette exécution&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>catalogue</source>
        <translation>catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue to open (a .measures file); without it, the last one opened.</source>
        <translation>Le catalogue à ouvrir (un fichier .measures)&#xa0;; à défaut, le dernier ouvert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[catalogue]</source>
        <translation>[catalogue]</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+20"/>
        <source>--lang must be one of: %1.</source>
        <translation>--lang doit valoir l’un de&#xa0;: %1.</translation>
    </message>
</context>
</TS>
