<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CliApp</name>
    <message>
        <source>Usage: idiolect-cli COMMAND [OPTIONS] ...</source>
        <translation>Aufruf: idiolect-cli BEFEHL [OPTIONEN] ...</translation>
    </message>
    <message>
        <source>Turns a Signal chat export into fine-tuning data that writes like you.</source>
        <translation>Macht aus einem Signal-Chatexport Fine-Tuning-Daten, die so schreiben wie du.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &quot;idiolect-cli COMMAND --help&quot; for the options of a command.</source>
        <translation>„idiolect-cli BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure, 2 bad usage, 3 unreadable or invalid input.</source>
        <translation>Exit-Status: 0 Erfolg, 1 Fehlschlag, 2 falscher Aufruf, 3 unlesbare oder ungültige Eingabe.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Turn your Signal chat history into fine-tuning data that writes like you.</source>
        <translation>Macht aus deinem Signal-Chatverlauf Trainingsdaten für ein Sprachmodell, das schreibt wie du.</translation>
    </message>
    <message>
        <source>A Signal export (folder or file) or an Idiolect project to open.</source>
        <translation>Ein Signal-Export (Ordner oder Datei) oder ein Idiolect-Projekt, das geöffnet werden soll.</translation>
    </message>
    <message>
        <source>Open the built-in demo export.</source>
        <translation>Den eingebauten Demo-Export öffnen.</translation>
    </message>
    <message>
        <source>Colour scheme for this run: system, light or dark.</source>
        <translation>Farbschema für diesen Start: system, light oder dark.</translation>
    </message>
</context>
<context>
    <name>CsvTableReader</name>
    <message>
        <source>This is not a CSV file: it contains binary data.</source>
        <translation>Das ist keine CSV-Datei: Sie enthält Binärdaten.</translation>
    </message>
    <message>
        <source>This is not a CSV file: it is %1.</source>
        <translation>Das ist keine CSV-Datei, sondern %1.</translation>
    </message>
    <message>
        <source>Export tables with signalbackup-tools --exportcsv, or open the folder that holds the CSV files.</source>
        <translation>Exportiere die Tabellen mit signalbackup-tools --exportcsv oder öffne den Ordner mit den CSV-Dateien.</translation>
    </message>
    <message>
        <source>The header line cannot be read as CSV.</source>
        <translation>Die Kopfzeile lässt sich nicht als CSV lesen.</translation>
    </message>
    <message>
        <source>The first line is not a header of column names (field %1 is not a column name).</source>
        <translation>Die erste Zeile ist keine Kopfzeile mit Spaltennamen (Feld %1 ist kein Spaltenname).</translation>
    </message>
    <message>
        <source>signalbackup-tools writes the table&apos;s column names on the first line; was the file edited or is it from another program?</source>
        <translation>signalbackup-tools schreibt die Spaltennamen der Tabelle in die erste Zeile. Wurde die Datei bearbeitet oder stammt sie aus einem anderen Programm?</translation>
    </message>
    <message>
        <source>Export the table again; the file was cut off while it was written or copied.</source>
        <translation>Exportiere die Tabelle erneut; die Datei wurde beim Schreiben oder Kopieren abgeschnitten.</translation>
    </message>
    <message>
        <source>Record %1 has %2 fields, but the header has %3 columns.</source>
        <translation>Datensatz %1 hat %2 Felder, die Kopfzeile aber %3 Spalten.</translation>
    </message>
    <message>
        <source>A value with a comma, quote or line break that is not quoted usually means the file was edited by hand or by a spreadsheet.</source>
        <translation>Ein Wert mit Komma, Anführungszeichen oder Zeilenumbruch ohne Anführungszeichen drumherum bedeutet meist, dass die Datei von Hand oder mit einer Tabellenkalkulation bearbeitet wurde.</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>eine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>ein ZIP-Archiv</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>ein gzip-Archiv</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>a RIFF (WebP/WAV) file</source>
        <translation>eine RIFF-Datei (WebP/WAV)</translation>
    </message>
</context>
<context>
    <name>DatasetFileValidator</name>
    <message>
        <source>metadata is not an object</source>
        <translation>metadata ist kein Objekt</translation>
    </message>
    <message>
        <source>metadata.type is not a known example type</source>
        <translation>metadata.type ist kein bekannter Beispieltyp</translation>
    </message>
    <message>
        <source>metadata.%1 is not finite</source>
        <translation>metadata.%1 ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>the row is not a JSON object</source>
        <translation>die Zeile ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 ist keine Liste</translation>
    </message>
    <message>
        <source>turn %1 needs a %2 of system/user/assistant and a string %3</source>
        <translation>Beitrag %1 braucht ein %2 aus system/user/assistant und einen Text in %3</translation>
    </message>
    <message>
        <source>instruction and output must be strings (input and system too, if present)</source>
        <translation>instruction und output müssen Texte sein (input und system ebenso, falls vorhanden)</translation>
    </message>
    <message>
        <source>unknown row shape: expected instruction/output, conversations or messages</source>
        <translation>unbekannter Zeilenaufbau: erwartet werden instruction/output, conversations oder messages</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is not valid gzip.</source>
        <translation>Die Datei ist kein gültiges gzip.</translation>
    </message>
    <message>
        <source>The JSON document has no &quot;examples&quot; list.</source>
        <translation>Das JSON-Dokument hat keine Liste „examples“.</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>The file holds no examples.</source>
        <translation>Die Datei enthält keine Beispiele.</translation>
    </message>
</context>
<context>
    <name>DatasetInfo</name>
    <message>
        <source>Cannot read the existing dataset_info.json: %1</source>
        <translation>Die vorhandene dataset_info.json kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The existing dataset_info.json is not a JSON object; it was left unchanged.</source>
        <translation>Die vorhandene dataset_info.json ist kein JSON-Objekt; sie blieb unverändert.</translation>
    </message>
    <message>
        <source>Fix or remove it, then write the dataset again.</source>
        <translation>Korrigiere oder entferne sie und schreibe den Datensatz dann erneut.</translation>
    </message>
    <message>
        <source>Cannot write dataset_info.json: %1</source>
        <translation>dataset_info.json kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>DatasetValidator</name>
    <message>
        <source>%1 contains an unpaired surrogate (invalid UTF-8)</source>
        <translation>%1 enthält ein einzelnes Surrogat (ungültiges UTF-8)</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>output is only a URL</source>
        <translation>output ist nur eine URL</translation>
    </message>
    <message>
        <source>output is the same as the input</source>
        <translation>output ist dasselbe wie die Eingabe</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>example %1</source>
        <translation>Beispiel %1</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>... und %1 weitere</translation>
    </message>
    <message>
        <source>the conversation has no turns</source>
        <translation>die Unterhaltung hat keine Beiträge</translation>
    </message>
    <message>
        <source>the conversation has only a system turn</source>
        <translation>die Unterhaltung hat nur einen Systembeitrag</translation>
    </message>
    <message>
        <source>the first turn after the system prompt is not from the user</source>
        <translation>der erste Beitrag nach dem System-Prompt ist nicht vom Benutzer</translation>
    </message>
    <message>
        <source>the conversation does not end with an assistant turn</source>
        <translation>die Unterhaltung endet nicht mit einem Beitrag des Assistenten</translation>
    </message>
    <message>
        <source>turn %1</source>
        <translation>Beitrag %1</translation>
    </message>
    <message>
        <source>%1 is a system turn after the start</source>
        <translation>%1 ist ein Systembeitrag nach dem Anfang</translation>
    </message>
    <message>
        <source>%1 has a weight other than 0/1 on an assistant turn</source>
        <translation>%1 hat bei einem Beitrag des Assistenten ein anderes Gewicht als 0/1</translation>
    </message>
    <message>
        <source>turns %1 and %2 do not alternate between user and assistant</source>
        <translation>die Beiträge %1 und %2 wechseln nicht zwischen Benutzer und Assistent</translation>
    </message>
    <message>
        <source>no assistant turn has weight 1</source>
        <translation>kein Beitrag des Assistenten hat Gewicht 1</translation>
    </message>
    <message>
        <source>metadata %1 is not a finite number</source>
        <translation>metadata %1 ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>metadata %1 is negative</source>
        <translation>metadata %1 ist negativ</translation>
    </message>
    <message>
        <source>the example has no target message</source>
        <translation>das Beispiel hat keine Zielnachricht</translation>
    </message>
</context>
<context>
    <name>DatasetWriter</name>
    <message>
        <source>%1 of %2 examples are invalid; nothing was written.</source>
        <translation>%1 von %2 Beispielen sind ungültig; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write the style sidecar: %1</source>
        <translation>Die begleitende Stildatei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The output file must end in .json, .jsonl, .json.gz or .jsonl.gz.</source>
        <translation>Die Ausgabedatei muss auf .json, .jsonl, .json.gz oder .jsonl.gz enden.</translation>
    </message>
    <message>
        <source>The extension picks the container: .jsonl for trainers, .json for one document with the style analysis.</source>
        <translation>Die Endung bestimmt das Format: .jsonl für Trainer, .json für ein Dokument mit der Stilanalyse.</translation>
    </message>
    <message>
        <source>dataset_info.json can only register a plain .jsonl file.</source>
        <translation>dataset_info.json kann nur eine einfache .jsonl-Datei eintragen.</translation>
    </message>
    <message>
        <source>LLaMA-Factory picks the loader from the extension and cannot read .gz or the .json document; write a .jsonl file.</source>
        <translation>LLaMA-Factory wählt den Lader nach der Endung und kann weder .gz noch das .json-Dokument lesen; schreibe eine .jsonl-Datei.</translation>
    </message>
    <message>
        <source>Separate burst turns need the messages format; bursts were merged into one turn.</source>
        <translation>Getrennte Beiträge für Nachrichtenserien brauchen das messages-Format; die Serien wurden zu einem Beitrag zusammengefasst.</translation>
    </message>
    <message>
        <source>Cannot write the dataset: %1</source>
        <translation>Der Datensatz kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>dataset_info.json cannot register a file with separate burst turns.</source>
        <translation>dataset_info.json kann keine Datei mit getrennten Nachrichtenserien-Zügen eintragen.</translation>
    </message>
    <message>
        <source>LLaMA-Factory skips every row whose turns do not alternate between user and assistant, and separate turns put several of your messages in a row. Merge bursts into one turn, or leave out dataset_info.json (OpenAI and Axolotl read the turn weights).</source>
        <translation>LLaMA-Factory überspringt jede Zeile, deren Züge nicht zwischen Nutzer und Assistent abwechseln, und getrennte Züge setzen mehrere Ihrer Nachrichten hintereinander. Fassen Sie Nachrichtenserien zu einem Zug zusammen oder lassen Sie dataset_info.json weg (OpenAI und Axolotl lesen die Gewichte der Züge).</translation>
    </message>
    <message>
        <source>There are no examples to write; nothing was written.</source>
        <translation>Es gibt keine Beispiele zum Schreiben; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Choose more chats, a longer time span or a lower minimum length, or accept some examples.</source>
        <translation>Wählen Sie mehr Chats, einen längeren Zeitraum oder eine kleinere Mindestlänge, oder übernehmen Sie einige Beispiele.</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation>Letzte 2 Jahre</translation>
    </message>
    <message>
        <source>Last 5 years</source>
        <translation>Letzte 5 Jahre</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
</context>
<context>
    <name>DemoExport</name>
    <message>
        <source>This build does not include the demo export.</source>
        <translation>Diese Version enthält den Demo-Export nicht.</translation>
    </message>
    <message>
        <source>The demo export could not be copied to the cache folder.</source>
        <translation>Der Demo-Export konnte nicht in den Cache-Ordner kopiert werden.</translation>
    </message>
</context>
<context>
    <name>EnrichCommand</name>
    <message>
        <source>Show what enrichment adds: tweet text, link previews, image descriptions.</source>
        <translation>Zeigen, was die Anreicherung hinzufügt: Tweet-Texte, Linkvorschauen, Bildbeschreibungen.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>With --json: include the added texts, titles and URLs.</source>
        <translation>Mit --json: die hinzugefügten Texte, Titel und URLs einschließen.</translation>
    </message>
    <message>
        <source>Empty the enrichment cache and exit.</source>
        <translation>Den Anreicherungs-Cache leeren und beenden.</translation>
    </message>
    <message>
        <source>Enrichment cache cleared: %1</source>
        <translation>Anreicherungs-Cache geleert: %1</translation>
    </message>
</context>
<context>
    <name>EnrichmentCache</name>
    <message>
        <source>The enrichment cache could not be opened (%1).</source>
        <translation>Der Anreicherungs-Cache ließ sich nicht öffnen (%1).</translation>
    </message>
    <message>
        <source>Clear the cache or choose another cache file.</source>
        <translation>Leere den Cache oder wähle eine andere Cache-Datei.</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>sein Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>ein anderes Programm benutzt ihn</translation>
    </message>
    <message>
        <source>a damaged cache file cannot be replaced</source>
        <translation>eine beschädigte Cache-Datei kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>The enrichment cache could not be set up.</source>
        <translation>Der Anreicherungs-Cache konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>Check that the cache folder is writable and the disk is not full.</source>
        <translation>Prüfe, ob der Cache-Ordner beschreibbar und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>The enrichment cache could not be cleared.</source>
        <translation>Der Anreicherungs-Cache konnte nicht geleert werden.</translation>
    </message>
    <message>
        <source>Close other Idiolect windows using the cache and try again.</source>
        <translation>Schließe andere Idiolect-Fenster, die den Cache benutzen, und versuche es erneut.</translation>
    </message>
</context>
<context>
    <name>EnrichmentCliOptions</name>
    <message>
        <source>Tweet links: off, previews (stored link previews and cache; no network; default) or fetch (also ask the FxTwitter API - sends post ids).</source>
        <translation>Tweet-Links: off, previews (gespeicherte Linkvorschauen und Cache; kein Netzwerk; Standard) oder fetch (fragt zusätzlich die FxTwitter-API – sendet Beitrags-IDs).</translation>
    </message>
    <message>
        <source>Add stored previews of other links: on (default) or off.</source>
        <translation>Gespeicherte Vorschauen anderer Links hinzufügen: on (Standard) oder off.</translation>
    </message>
    <message>
        <source>Images: off (default) or describe (sends images to the vision endpoint).</source>
        <translation>Bilder: off (Standard) oder describe (sendet Bilder an den Vision-Endpunkt).</translation>
    </message>
    <message>
        <source>OpenAI-compatible endpoint for image descriptions (default: local Ollama, %1).</source>
        <translation>OpenAI-kompatibler Endpunkt für Bildbeschreibungen (Standard: lokales Ollama, %1).</translation>
    </message>
    <message>
        <source>Vision model name (default: %1).</source>
        <translation>Name des Vision-Modells (Standard: %1).</translation>
    </message>
    <message>
        <source>Prompt for image descriptions (%1 = max length).</source>
        <translation>Prompt für Bildbeschreibungen (%1 = Höchstlänge).</translation>
    </message>
    <message>
        <source>Longest image description kept (default 200).</source>
        <translation>Längste Bildbeschreibung, die behalten wird (Standard 200).</translation>
    </message>
    <message>
        <source>Read the vision API key from the system keychain (else from $%1).</source>
        <translation>Den API-Schlüssel für Vision aus dem Schlüsselbund des Systems lesen (sonst aus $%1).</translation>
    </message>
    <message>
        <source>Images sent for description per run (default 100).</source>
        <translation>Bilder, die pro Durchlauf zur Beschreibung gesendet werden (Standard 100).</translation>
    </message>
    <message>
        <source>Images described per message (default 4).</source>
        <translation>Beschriebene Bilder pro Nachricht (Standard 4).</translation>
    </message>
    <message>
        <source>Enrich all messages (default) or only your own.</source>
        <translation>Alle Nachrichten anreichern (Standard) oder nur deine eigenen.</translation>
    </message>
    <message>
        <source>FxTwitter-compatible API base (default %1).</source>
        <translation>Basisadresse einer FxTwitter-kompatiblen API (Standard %1).</translation>
    </message>
    <message>
        <source>Enrichment cache file (default %1).</source>
        <translation>Datei des Anreicherungs-Caches (Standard %1).</translation>
    </message>
    <message>
        <source>Keep fetched texts only for this run.</source>
        <translation>Abgerufene Texte nur für diesen Durchlauf behalten.</translation>
    </message>
    <message>
        <source>--twitter must be off, previews or fetch.</source>
        <translation>--twitter muss off, previews oder fetch sein.</translation>
    </message>
    <message>
        <source>--images must be off or describe.</source>
        <translation>--images muss off oder describe sein.</translation>
    </message>
    <message>
        <source>--link-previews must be on or off.</source>
        <translation>--link-previews muss on oder off sein.</translation>
    </message>
    <message>
        <source>--enrich-scope must be all or own.</source>
        <translation>--enrich-scope muss all oder own sein.</translation>
    </message>
    <message>
        <source>--vision-url must be an http(s) URL.</source>
        <translation>--vision-url muss eine http(s)-URL sein.</translation>
    </message>
    <message>
        <source>--tweet-api must be an http(s) URL.</source>
        <translation>--tweet-api muss eine http(s)-URL sein.</translation>
    </message>
    <message>
        <source>Image limits must be whole numbers of 0 or more.</source>
        <translation>Bildgrenzen müssen ganze Zahlen ab 0 sein.</translation>
    </message>
    <message>
        <source>Note: images are described by the model at %1 on this computer.</source>
        <translation>Hinweis: Bilder beschreibt das Modell unter %1 auf diesem Computer.</translation>
    </message>
    <message>
        <source>Note: image describing is on - your image attachments are sent to %1, which is not this computer.</source>
        <translation>Hinweis: Die Bildbeschreibung ist an – deine Bildanhänge werden an %1 gesendet, also nicht an diesen Computer.</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>Note: tweet fetching is on - post ids of shared links without a stored preview are sent to %1, and t.co codes to t.co.</source>
        <translation>Hinweis: Das Abrufen von Tweets ist an – die Beitrags-IDs geteilter Links ohne gespeicherte Vorschau gehen an %1 und t.co-Codes an t.co.</translation>
    </message>
</context>
<context>
    <name>EnrichmentDisclosure</name>
    <message>
        <source>Nothing is sent. Idiolect uses the title and text that Signal saved with a link when it was shared, and texts fetched in earlier runs.</source>
        <translation>Es wird nichts gesendet. Idiolect verwendet Titel und Text, die Signal beim Teilen eines Links gespeichert hat, und Texte aus früheren Abrufen.</translation>
    </message>
    <message>
        <source>When on: for each shared post without a saved preview, only the post&apos;s number is sent to %1, and the code of each t.co short link to t.co. Your messages, names and phone numbers are never sent.</source>
        <translation>Wenn eingeschaltet: Für jeden geteilten Beitrag ohne gespeicherte Vorschau wird nur die Nummer des Beitrags an %1 gesendet, und der Code jedes t.co-Kurzlinks an t.co. Deine Nachrichten, Namen und Telefonnummern werden nie gesendet.</translation>
    </message>
    <message>
        <source>When on: every shared photo (not stickers or view-once media) is uploaded to the model at %1, which runs on this computer. Nothing goes to the internet.</source>
        <translation>Wenn eingeschaltet: Jedes geteilte Foto (keine Sticker und keine Einmal-Medien) wird an das Modell unter %1 übergeben, das auf diesem Computer läuft. Nichts geht ins Internet.</translation>
    </message>
    <message>
        <source>When on: every shared photo (not stickers or view-once media) is &lt;b&gt;uploaded to %1&lt;/b&gt;, a server outside this computer. Switch this on only if you trust that service with your photos.</source>
        <translation>Wenn eingeschaltet: Jedes geteilte Foto (keine Sticker und keine Einmal-Medien) wird &lt;b&gt;an %1 hochgeladen&lt;/b&gt;, einen Server außerhalb dieses Computers. Schalte das nur ein, wenn du diesem Dienst deine Fotos anvertraust.</translation>
    </message>
    <message>
        <source>post numbers go to %1</source>
        <translation>Beitragsnummern gehen an %1</translation>
    </message>
    <message>
        <source>photos go to %1</source>
        <translation>Fotos gehen an %1</translation>
    </message>
    <message>
        <source>Nothing leaves this computer.</source>
        <translation>Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Leaves this computer: %1.</source>
        <translation>Verlässt diesen Computer: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>EnrichmentEdits</name>
    <message>
        <source>Enrichment edit %1 is incomplete.</source>
        <translation>Anreicherungs-Änderung %1 ist unvollständig.</translation>
    </message>
    <message>
        <source>Each edit needs message_id, key and cleared.</source>
        <translation>Jede Änderung braucht message_id, key und cleared.</translation>
    </message>
</context>
<context>
    <name>EnrichmentJob</name>
    <message>
        <source>The enrichment cache was damaged or from another version (%1) and was rebuilt empty.</source>
        <translation>Der Anreicherungs-Cache war beschädigt oder stammte von einer anderen Version (%1) und wurde leer neu angelegt.</translation>
    </message>
    <message>
        <source>%1 This run uses a temporary cache.</source>
        <translation>%1 Dieser Durchlauf verwendet einen vorübergehenden Cache.</translation>
    </message>
    <message>
        <source>Enrichment was started without input text.</source>
        <translation>Die Anreicherung wurde ohne Eingabetext gestartet.</translation>
    </message>
    <message>
        <source>No enrichment cache could be opened.</source>
        <translation>Es ließ sich kein Anreicherungs-Cache öffnen.</translation>
    </message>
</context>
<context>
    <name>EpisodesCommand</name>
    <message>
        <source>List natural dialogue episodes (conversations split at long pauses).</source>
        <translation>Natürliche Dialogepisoden auflisten (Unterhaltungen, an langen Pausen getrennt).</translation>
    </message>
    <message>
        <source>Print a JSON array with the messages of each episode.</source>
        <translation>Ein JSON-Array mit den Nachrichten jeder Episode ausgeben.</translation>
    </message>
    <message>
        <source>%1 episodes</source>
        <translation>%1 Episoden</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episode</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachr.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Deine</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>ExampleLabels</name>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Nachrichtenserie</translation>
    </message>
    <message>
        <source>Adapted reply</source>
        <translation>Angepasste Antwort</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Vervollständigung</translation>
    </message>
    <message>
        <source>Question &amp; answer</source>
        <translation>Frage &amp; Antwort</translation>
    </message>
    <message numerus="yes">
        <source>%Ln repl(y/ies)</source>
        <translation>
            <numerusform>%Ln Antwort</numerusform>
            <numerusform>%Ln Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln burst(s)</source>
        <translation>
            <numerusform>%Ln Nachrichtenserie</numerusform>
            <numerusform>%Ln Nachrichtenserien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln adapted repl(y/ies)</source>
        <translation>
            <numerusform>%Ln angepasste Antwort</numerusform>
            <numerusform>%Ln angepasste Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln completion(s)</source>
        <translation>
            <numerusform>%Ln Vervollständigung</numerusform>
            <numerusform>%Ln Vervollständigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) and answer(s)</source>
        <translation>
            <numerusform>%Ln Frage mit Antwort</numerusform>
            <numerusform>%Ln Fragen mit Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>rapid</source>
        <translation>schnell</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>langsam</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>Plauderei</translation>
    </message>
    <message>
        <source>discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>planning</source>
        <translation>Planung</translation>
    </message>
</context>
<context>
    <name>FormatDetector</name>
    <message>
        <source>The export does not exist.</source>
        <translation>Den Export gibt es nicht.</translation>
    </message>
    <message>
        <source>The export cannot be read (permission denied).</source>
        <translation>Der Export kann nicht gelesen werden (keine Berechtigung).</translation>
    </message>
    <message>
        <source>This folder holds no Signal export that Idiolect can read.</source>
        <translation>Dieser Ordner enthält keinen Signal-Export, den Idiolect lesen kann.</translation>
    </message>
    <message>
        <source>Expected CSV files from signalbackup-tools, a database.sqlite, Signal&apos;s main.jsonl, or signal-export&apos;s conversation folders.</source>
        <translation>Erwartet werden CSV-Dateien von signalbackup-tools, eine database.sqlite, Signals main.jsonl oder die Unterhaltungsordner von signal-export.</translation>
    </message>
    <message>
        <source>This file is not a plain SQLite database.</source>
        <translation>Diese Datei ist keine unverschlüsselte SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>An encrypted Signal backup must be decrypted first: signalbackup-tools BACKUP PASSPHRASE -o FOLDER</source>
        <translation>Ein verschlüsseltes Signal-Backup muss erst entschlüsselt werden: signalbackup-tools BACKUP PASSPHRASE -o ORDNER</translation>
    </message>
    <message>
        <source>This file is not a Signal export that Idiolect can read.</source>
        <translation>Diese Datei ist kein Signal-Export, den Idiolect lesen kann.</translation>
    </message>
    <message>
        <source>Open the export folder, database.sqlite, main.jsonl or a signal-export folder.</source>
        <translation>Öffne den Exportordner, die database.sqlite, die main.jsonl oder einen signal-export-Ordner.</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>Create fine-tuning data (alpaca, sharegpt or messages) from an export.</source>
        <translation>Fine-Tuning-Daten (alpaca, sharegpt oder messages) aus einem Export erzeugen.</translation>
    </message>
    <message>
        <source>Output file: .jsonl (one example per line), .jsonl.gz, or .json (one document with the style analysis).</source>
        <translation>Ausgabedatei: .jsonl (ein Beispiel pro Zeile), .jsonl.gz oder .json (ein Dokument mit der Stilanalyse).</translation>
    </message>
    <message>
        <source>Comma-separated strategies: %1 (default conversational).</source>
        <translation>Strategien, durch Kommas getrennt: %1 (Standard: conversational).</translation>
    </message>
    <message>
        <source>Row format: alpaca (default), sharegpt or messages.</source>
        <translation>Zeilenformat: alpaca (Standard), sharegpt oder messages.</translation>
    </message>
    <message>
        <source>Compress the output (adds .gz to OUT if missing).</source>
        <translation>Die Ausgabe komprimieren (hängt .gz an OUT an, falls es fehlt).</translation>
    </message>
    <message>
        <source>Sample at most N examples, fairly across types and chats.</source>
        <translation>Höchstens N Beispiele auswählen, gleichmäßig über Typen und Chats verteilt.</translation>
    </message>
    <message>
        <source>Do not balance the example types.</source>
        <translation>Die Beispieltypen nicht ausgleichen.</translation>
    </message>
    <message>
        <source>Seed for sampling and shuffling (default 42).</source>
        <translation>Startwert für Auswahl und Mischen (Standard 42).</translation>
    </message>
    <message>
        <source>Shuffle the examples (seeded) instead of time order.</source>
        <translation>Die Beispiele (reproduzierbar) mischen statt nach Zeit zu ordnen.</translation>
    </message>
    <message>
        <source>Write the result summary as JSON to FILE.</source>
        <translation>Die Zusammenfassung des Ergebnisses als JSON in DATEI schreiben.</translation>
    </message>
    <message>
        <source>Your consecutive messages in chat formats: merge (one turn, default) or separate (own turns with weights; messages format only).</source>
        <translation>Deine aufeinanderfolgenden Nachrichten in Chatformaten: merge (ein Beitrag, Standard) oder separate (eigene Beiträge mit Gewichten; nur im messages-Format).</translation>
    </message>
    <message>
        <source>Text between merged messages (default a newline; \n is a newline).</source>
        <translation>Text zwischen zusammengefassten Nachrichten (Standard: ein Zeilenumbruch; \n ist ein Zeilenumbruch).</translation>
    </message>
    <message>
        <source>A system prompt to add to every example.</source>
        <translation>Ein System-Prompt, der jedem Beispiel hinzugefügt wird.</translation>
    </message>
    <message>
        <source>Also write or update LLaMA-Factory&apos;s dataset_info.json beside OUT (.jsonl only) under NAME.</source>
        <translation>Zusätzlich LLaMA-Factorys dataset_info.json neben OUT unter NAME anlegen oder ergänzen (nur .jsonl).</translation>
    </message>
    <message>
        <source>Leave invalid examples out instead of refusing to write.</source>
        <translation>Ungültige Beispiele weglassen, statt das Schreiben zu verweigern.</translation>
    </message>
    <message>
        <source>Fixed created_at (ISO 8601) for reproducible files.</source>
        <translation>Festes created_at (ISO 8601) für reproduzierbare Dateien.</translation>
    </message>
    <message>
        <source>Unknown strategy &quot;%1&quot;; use %2.</source>
        <translation>Unbekannte Strategie „%1“; verwende %2.</translation>
    </message>
    <message>
        <source>--max-examples needs a positive whole number.</source>
        <translation>--max-examples braucht eine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number.</source>
        <translation>--seed braucht eine nicht negative ganze Zahl.</translation>
    </message>
    <message>
        <source>Missing -o OUT (the dataset file to write).</source>
        <translation>-o OUT fehlt (die zu schreibende Datensatzdatei).</translation>
    </message>
    <message>
        <source>-o must end in .json, .jsonl or .jsonl.gz.</source>
        <translation>-o muss auf .json, .jsonl oder .jsonl.gz enden.</translation>
    </message>
    <message>
        <source>--format must be alpaca, sharegpt or messages.</source>
        <translation>--format muss alpaca, sharegpt oder messages sein.</translation>
    </message>
    <message>
        <source>--burst-turns must be merge or separate.</source>
        <translation>--burst-turns muss merge oder separate sein.</translation>
    </message>
    <message>
        <source>--created-at needs an ISO 8601 time such as 2024-01-01T00:00:00Z.</source>
        <translation>--created-at braucht eine Zeit nach ISO 8601 wie 2024-01-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>Wrote %1 examples (%2) to %3 in %4 s.</source>
        <translation>%1 Beispiele (%2) in %4 s nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Style analysis: %1</source>
        <translation>Stilanalyse: %1</translation>
    </message>
    <message>
        <source>LLaMA-Factory dataset_info: %1</source>
        <translation>LLaMA-Factory-dataset_info: %1</translation>
    </message>
    <message>
        <source>Cannot write the summary: %1</source>
        <translation>Die Zusammenfassung kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Metadata in each row: none, compact (id, type, thread, message ids; default for .jsonl) or full (default for .json).</source>
        <translation>Metadaten in jeder Zeile: none, compact (ID, Typ, Chat, Nachrichten-IDs; Standard für .jsonl) oder full (Standard für .json).</translation>
    </message>
    <message>
        <source>--metadata must be none, compact or full.</source>
        <translation>--metadata muss none, compact oder full sein.</translation>
    </message>
</context>
<context>
    <name>GenerationCliOptions</name>
    <message>
        <source>--%1 needs a whole number of at least %2.</source>
        <translation>--%1 braucht eine ganze Zahl von mindestens %2.</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD.</source>
        <translation>--%1 braucht ein Datum im Format JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Only this chat: a thread id or the chat&apos;s exact name (repeatable).</source>
        <translation>Nur dieser Chat: eine Chat-ID oder der genaue Name des Chats (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Only messages sent on or after this local date.</source>
        <translation>Nur Nachrichten, die an oder nach diesem lokalen Datum gesendet wurden.</translation>
    </message>
    <message>
        <source>Only messages sent before this local date (exclusive: --to 2024-01-01 ends with 2023).</source>
        <translation>Nur Nachrichten, die vor diesem lokalen Datum gesendet wurden (ausschließlich: --to 2024-01-01 endet mit 2023).</translation>
    </message>
    <message>
        <source>Leave out blocked chats and blocked people&apos;s messages in groups.</source>
        <translation>Gesperrte Chats und die Nachrichten gesperrter Personen in Gruppen weglassen.</translation>
    </message>
    <message>
        <source>Minimum length (characters) of your messages used as targets (default 5). Context keeps short messages.</source>
        <translation>Mindestlänge (Zeichen) deiner Nachrichten, die als Ziel dienen (Standard 5). Der Kontext behält kurze Nachrichten.</translation>
    </message>
    <message>
        <source>Keep calls and group updates as context placeholders.</source>
        <translation>Anrufe und Gruppenänderungen als Platzhalter im Kontext behalten.</translation>
    </message>
    <message>
        <source>Context messages before your message (default 5).</source>
        <translation>Kontextnachrichten vor deiner Nachricht (Standard 5).</translation>
    </message>
    <message>
        <source>Keep every N-th window of a chat (default 1).</source>
        <translation>Jedes N-te Fenster eines Chats behalten (Standard 1).</translation>
    </message>
    <message>
        <source>Minimum messages in a window, context plus yours (default 3).</source>
        <translation>Mindestzahl der Nachrichten in einem Fenster, Kontext plus deine (Standard 3).</translation>
    </message>
    <message>
        <source>A pause longer than this starts a new episode (default 30).</source>
        <translation>Eine längere Pause beginnt eine neue Episode (Standard 30).</translation>
    </message>
    <message>
        <source>Minimum messages per episode (default 3).</source>
        <translation>Mindestzahl der Nachrichten pro Episode (Standard 3).</translation>
    </message>
    <message>
        <source>Maximum messages per episode; longer ones are split (default 100).</source>
        <translation>Höchstzahl der Nachrichten pro Episode; längere werden geteilt (Standard 100).</translation>
    </message>
    <message>
        <source>--time-zone needs an IANA zone such as Europe/Berlin or UTC.</source>
        <translation>--time-zone braucht eine IANA-Zeitzone wie Europe/Berlin oder UTC.</translation>
    </message>
    <message>
        <source>--max-episode must be at least --min-episode.</source>
        <translation>--max-episode muss mindestens --min-episode sein.</translation>
    </message>
    <message>
        <source>conversational: only windows of this momentum (rapid, moderate, slow).</source>
        <translation>conversational: nur Fenster mit dieser Dynamik (rapid, moderate, slow).</translation>
    </message>
    <message>
        <source>burst: most seconds between messages of a burst (default 120).</source>
        <translation>burst: höchstens so viele Sekunden zwischen den Nachrichten einer Serie (Standard 120).</translation>
    </message>
    <message>
        <source>burst: fewest messages in a burst (default 2).</source>
        <translation>burst: mindestens so viele Nachrichten in einer Serie (Standard 2).</translation>
    </message>
    <message>
        <source>burst: most messages in a burst; longer ones are split (default 10).</source>
        <translation>burst: höchstens so viele Nachrichten in einer Serie; längere werden geteilt (Standard 10).</translation>
    </message>
    <message>
        <source>adaptive: how different a partner&apos;s message length must be, 0-1 (default 0.5).</source>
        <translation>adaptive: wie stark die Nachrichtenlänge eines Gegenübers abweichen muss, 0–1 (Standard 0.5).</translation>
    </message>
    <message>
        <source>adaptive: conversations with a partner needed (default 20).</source>
        <translation>adaptive: nötige Unterhaltungen mit einem Gegenüber (Standard 20).</translation>
    </message>
    <message>
        <source>--momentum must be rapid, moderate or slow.</source>
        <translation>--momentum muss rapid, moderate oder slow sein.</translation>
    </message>
    <message>
        <source>--max-burst must be at least --min-burst.</source>
        <translation>--max-burst muss mindestens --min-burst sein.</translation>
    </message>
    <message>
        <source>--min-style-difference needs a number from 0 to 1.</source>
        <translation>--min-style-difference braucht eine Zahl von 0 bis 1.</translation>
    </message>
</context>
<context>
    <name>GenerationJob</name>
    <message>
        <source>The generation job got no text layer.</source>
        <translation>Der Generierungsauftrag hat keine Textebene bekommen.</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Show the format, who you are, message counts and the chats of an export.</source>
        <translation>Format, erkannte eigene ID, Nachrichtenzahlen und Chats eines Exports anzeigen.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Ein JSON-Objekt statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Self:</source>
        <translation>Du:</translation>
    </message>
    <message>
        <source>not detected</source>
        <translation>nicht erkannt</translation>
    </message>
    <message>
        <source>Candidates: %1. Choose one with --self ID.</source>
        <translation>Kandidaten: %1. Wähle einen mit --self ID.</translation>
    </message>
    <message>
        <source>Rows by class:</source>
        <translation>Zeilen nach Art:</translation>
    </message>
    <message>
        <source>Text messages:</source>
        <translation>Textnachrichten:</translation>
    </message>
    <message>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Chats:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>First (UTC)</source>
        <translation>Erste (UTC)</translation>
    </message>
    <message>
        <source>Last (UTC)</source>
        <translation>Letzte (UTC)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>With --json: add a &quot;details&quot; object (schema, self candidates, warnings, per-thread extras).</source>
        <translation>Mit --json: ein Objekt „details“ hinzufügen (Schema, Kandidaten für die eigene ID, Warnungen, weitere Angaben je Chat).</translation>
    </message>
</context>
<context>
    <name>JsonLinesReader</name>
    <message>
        <source>Reading failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
    <message>
        <source>Open Export &amp;Folder…</source>
        <translation>Export-&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open a folder with a Signal export</source>
        <translation>Einen Ordner mit einem Signal-Export öffnen</translation>
    </message>
    <message>
        <source>Open Export F&amp;ile or Project…</source>
        <translation>Export-&amp;Datei oder Projekt öffnen…</translation>
    </message>
    <message>
        <source>Open a database, main.jsonl, ZIP archive or Idiolect project</source>
        <translation>Eine Datenbank, main.jsonl, ein ZIP-Archiv oder ein Idiolect-Projekt öffnen</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Export</source>
        <translation>&amp;Demo-Export öffnen</translation>
    </message>
    <message>
        <source>Open a small made-up export to look around</source>
        <translation>Einen kleinen erfundenen Export öffnen, um sich umzusehen</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save a copy of the project (it is saved automatically as you work)</source>
        <translation>Eine Kopie des Projekts speichern (es wird beim Arbeiten automatisch gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Close Export</source>
        <translation>Export &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search on the current page</source>
        <translation>Auf der aktuellen Seite suchen</translation>
    </message>
    <message>
        <source>&amp;Cancel Running Task</source>
        <translation>Laufende Aufgabe &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <source>&amp;System Colors</source>
        <translation>&amp;Systemfarben</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Idiolect</source>
        <translation>&amp;Über Idiolect</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Generate Examples Now</source>
        <translation>Beispiele jetzt &amp;erzeugen</translation>
    </message>
    <message>
        <source>Run the generation with the current settings</source>
        <translation>Die Erzeugung mit den aktuellen Einstellungen starten</translation>
    </message>
</context>
<context>
    <name>MessageFilter</name>
    <message>
        <source>No chat matches partner filter %1 of %2.</source>
        <translation>Kein Chat passt zu Partnerfilter %1 von %2.</translation>
    </message>
    <message>
        <source>Give a thread id or the chat&apos;s exact name, as `idiolect-cli inspect` lists them.</source>
        <translation>Gib eine Chat-ID oder den genauen Namen des Chats an, wie `idiolect-cli inspect` sie auflistet.</translation>
    </message>
    <message>
        <source>The date range is empty: the end date must be after the start date.</source>
        <translation>Der Zeitraum ist leer: Das Enddatum muss nach dem Anfangsdatum liegen.</translation>
    </message>
    <message>
        <source>The end date is exclusive: --from 2023-01-01 --to 2024-01-01 covers 2023.</source>
        <translation>Das Enddatum zählt nicht mit: --from 2023-01-01 --to 2024-01-01 umfasst 2023.</translation>
    </message>
</context>
<context>
    <name>NetworkSession</name>
    <message>
        <source>Enrichment must run on a worker thread, not the GUI thread.</source>
        <translation>Die Anreicherung muss in einem Arbeitsthread laufen, nicht im GUI-Thread.</translation>
    </message>
</context>
<context>
    <name>PlaintextMedia</name>
    <message>
        <source>The attachment file is not in the export.</source>
        <translation>Die Anhangdatei ist nicht im Export.</translation>
    </message>
    <message>
        <source>The attachment file is too large.</source>
        <translation>Die Anhangdatei ist zu groß.</translation>
    </message>
    <message>
        <source>The attachment file cannot be read.</source>
        <translation>Die Anhangdatei kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>PlaintextModelBuilder</name>
    <message>
        <source>The chat item&apos;s chat id is not a positive number.</source>
        <translation>Die Chat-ID des Chat-Eintrags ist keine positive Zahl.</translation>
    </message>
    <message>
        <source>An earlier revision of the message is damaged.</source>
        <translation>Eine frühere Fassung der Nachricht ist beschädigt.</translation>
    </message>
    <message>
        <source>The author id is not a number.</source>
        <translation>Die Autor-ID ist keine Zahl.</translation>
    </message>
    <message>
        <source>The date is not a whole number of milliseconds.</source>
        <translation>Das Datum ist keine ganze Zahl von Millisekunden.</translation>
    </message>
    <message>
        <source>The export may be damaged or cut off. Import with invalid lines skipped (--lenient) to use the rest.</source>
        <translation>Der Export ist womöglich beschädigt oder abgeschnitten. Importiere mit übersprungenen ungültigen Zeilen (--lenient), um den Rest zu nutzen.</translation>
    </message>
    <message>
        <source>The line is too long to be a Signal frame.</source>
        <translation>Die Zeile ist zu lang für einen Signal-Frame.</translation>
    </message>
    <message>
        <source>The line is not valid UTF-8.</source>
        <translation>Die Zeile ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>Import with invalid bytes replaced (--lenient) to use the rest.</source>
        <translation>Importiere mit ersetzten ungültigen Bytes (--lenient), um den Rest zu nutzen.</translation>
    </message>
    <message>
        <source>The line is not valid JSON: %1.</source>
        <translation>Die Zeile ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>The line is not a JSON object.</source>
        <translation>Die Zeile ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; frame is not an object.</source>
        <translation>Der Frame „%1“ ist kein Objekt.</translation>
    </message>
    <message>
        <source>The backup version is not a number.</source>
        <translation>Die Backup-Version ist keine Zahl.</translation>
    </message>
    <message>
        <source>The recipient id is not a positive number.</source>
        <translation>Die Empfänger-ID ist keine positive Zahl.</translation>
    </message>
    <message>
        <source>The phone number is not a number.</source>
        <translation>Die Telefonnummer ist keine Zahl.</translation>
    </message>
    <message>
        <source>The chat id is not a positive number.</source>
        <translation>Die Chat-ID ist keine positive Zahl.</translation>
    </message>
    <message>
        <source>The chat&apos;s recipient id is not a positive number.</source>
        <translation>Die Empfänger-ID des Chats ist keine positive Zahl.</translation>
    </message>
    <message>
        <source>Signal Release Notes</source>
        <translation>Signal-Versionshinweise</translation>
    </message>
    <message>
        <source>Unnamed group</source>
        <translation>Unbenannte Gruppe</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Recipient %1 is not in this export.</source>
        <translation>Empfänger %1 ist nicht in diesem Export.</translation>
    </message>
    <message>
        <source>Leave --self out: Signal&apos;s own export names the user.</source>
        <translation>Lass --self weg: Signals eigener Export nennt den Benutzer.</translation>
    </message>
    <message>
        <source>Chosen by the user.</source>
        <translation>Vom Benutzer gewählt.</translation>
    </message>
    <message>
        <source>The export marks its own recipient (&quot;self&quot;).</source>
        <translation>Der Export kennzeichnet den eigenen Empfänger („self“).</translation>
    </message>
    <message>
        <source>The export has no &quot;self&quot; recipient; the single author of outgoing messages was used.</source>
        <translation>Der Export hat keinen „self“-Empfänger; verwendet wurde der einzige Autor der ausgehenden Nachrichten.</translation>
    </message>
    <message>
        <source>The export has no &quot;self&quot; recipient and outgoing messages have several authors.</source>
        <translation>Der Export hat keinen „self“-Empfänger, und die ausgehenden Nachrichten haben mehrere Autoren.</translation>
    </message>
    <message>
        <source>main.jsonl is empty.</source>
        <translation>main.jsonl ist leer.</translation>
    </message>
    <message>
        <source>Export the chats again from Signal: Settings → Chats → Export chat history.</source>
        <translation>Exportiere die Chats erneut aus Signal: Einstellungen → Chats → Chatverlauf exportieren.</translation>
    </message>
    <message>
        <source>Unknown chat %1</source>
        <translation>Unbekannter Chat %1</translation>
    </message>
    <message>
        <source>The export is backup version %1; Idiolect knows version 1. Unknown parts were ignored.</source>
        <translation>Der Export hat Backup-Version %1; Idiolect kennt Version 1. Unbekannte Teile wurden ignoriert.</translation>
    </message>
    <message>
        <source>The first line is not a backup header; the file may have been cut or joined.</source>
        <translation>Die erste Zeile ist kein Backup-Kopf; die Datei wurde womöglich gekürzt oder zusammengefügt.</translation>
    </message>
    <message>
        <source>The export does not say who you are; choose yourself with --self ID.</source>
        <translation>Der Export verrät nicht, wer du bist; wähle dich mit --self ID.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines are not valid frames and were skipped (the first is line %1).</source>
        <translation>
            <numerusform>%n Zeile ist kein gültiger Eintrag und wurde übersprungen (Zeile %1).</numerusform>
            <numerusform>%n Zeilen sind keine gültigen Einträge und wurden übersprungen (die erste ist Zeile %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines contained bytes that are not UTF-8; they were replaced with U+FFFD.</source>
        <translation>
            <numerusform>%n Zeile enthielt Bytes, die kein UTF-8 sind; sie wurden durch U+FFFD ersetzt.</numerusform>
            <numerusform>%n Zeilen enthielten Bytes, die kein UTF-8 sind; sie wurden durch U+FFFD ersetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frames of a kind Idiolect does not know were ignored (the first is line %1).</source>
        <translation>
            <numerusform>%n Eintrag einer Art, die Idiolect nicht kennt, wurde ignoriert (Zeile %1).</numerusform>
            <numerusform>%n Einträge einer Art, die Idiolect nicht kennt, wurden ignoriert (der erste in Zeile %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fields Idiolect does not know were ignored (%1).</source>
        <translation>
            <numerusform>%n Feld, das Idiolect nicht kennt, wurde ignoriert (%1).</numerusform>
            <numerusform>%n Felder, die Idiolect nicht kennt, wurden ignoriert (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chat items of a kind Idiolect does not know were kept as system rows.</source>
        <translation>
            <numerusform>%n Chateintrag einer Art, die Idiolect nicht kennt, wurde als Systemzeile behalten.</numerusform>
            <numerusform>%n Chateinträge einer Art, die Idiolect nicht kennt, wurden als Systemzeilen behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages belong to a chat the export does not list; they were kept in chats of their own (the first is line %1).</source>
        <translation>
            <numerusform>%n Nachricht gehört zu einem Chat, den der Export nicht aufführt; sie wurde in einem eigenen Chat behalten (Zeile %1).</numerusform>
            <numerusform>%n Nachrichten gehören zu einem Chat, den der Export nicht aufführt; sie wurden in eigenen Chats behalten (die erste in Zeile %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipients were listed after the first message; names were resolved again at the end.</source>
        <translation>
            <numerusform>%n Empfänger stand nach der ersten Nachricht; die Namen wurden am Ende neu aufgelöst.</numerusform>
            <numerusform>%n Empfänger standen nach der ersten Nachricht; die Namen wurden am Ende neu aufgelöst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentions name nobody in the export; their placeholders were left in the text.</source>
        <translation>
            <numerusform>%n Erwähnung nennt niemanden aus dem Export; ihr Platzhalter blieb im Text.</numerusform>
            <numerusform>%n Erwähnungen nennen niemanden aus dem Export; ihre Platzhalter blieben im Text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachments have no file in the export (media was not included, or the file was never downloaded).</source>
        <translation>
            <numerusform>%n Anhang hat keine Datei im Export (Medien wurden nicht mitexportiert oder die Datei wurde nie heruntergeladen).</numerusform>
            <numerusform>%n Anhänge haben keine Datei im Export (Medien wurden nicht mitexportiert oder die Dateien wurden nie heruntergeladen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n long messages are only available in Signal&apos;s truncated form (the full text file is not in the export); they are context, never a reply of yours to learn.</source>
        <translation>
            <numerusform>%n lange Nachricht liegt nur in Signals gekürzter Form vor (die Datei mit dem vollen Text ist nicht im Export); sie dient als Kontext, nie als zu lernende Antwort von Ihnen.</numerusform>
            <numerusform>%n lange Nachrichten liegen nur in Signals gekürzter Form vor (die Datei mit dem vollen Text ist nicht im Export); sie dienen als Kontext, nie als zu lernende Antwort von Ihnen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyJob</name>
    <message>
        <source>The privacy stage got no text to work on.</source>
        <translation>Der Datenschutzschritt hat keinen Text zum Bearbeiten erhalten.</translation>
    </message>
</context>
<context>
    <name>PrivacyOptions</name>
    <message>
        <source>How personal data is replaced: pseudonymize (default, stable pseudonyms), redact (&lt;PHONE&gt;, &lt;PERSON&gt;) or off.</source>
        <translation>Wie persönliche Daten ersetzt werden: pseudonymize (Standard, gleichbleibende Pseudonyme), redact (&lt;PHONE&gt;, &lt;PERSON&gt;) oder off.</translation>
    </message>
    <message>
        <source>Read and update the real-to-pseudonym mapping in FILE so re-runs give the same pseudonyms. The file holds real names: keep it private; it is never part of the dataset.</source>
        <translation>Die Zuordnung echter Werte zu Pseudonymen aus DATEI lesen und fortschreiben, damit weitere Läufe dieselben Pseudonyme ergeben. Die Datei enthält echte Namen: halte sie privat; sie wird nie Teil des Datensatzes.</translation>
    </message>
    <message>
        <source>Country for national phone formats, e.g. DE or US (default: from your own number, then the system locale).</source>
        <translation>Land für nationale Telefonnummernformate, z. B. DE oder US (Standard: aus deiner eigenen Nummer, sonst aus der Systemsprache).</translation>
    </message>
    <message>
        <source>More names to anonymize, one per line (# starts a comment).</source>
        <translation>Weitere Namen, die anonymisiert werden sollen, einer pro Zeile (# beginnt einen Kommentar).</translation>
    </message>
    <message>
        <source>Sensitive keywords, one per line, replacing the built-in list; prefix a line with &quot;drop:&quot; or &quot;flag:&quot; (default drop).</source>
        <translation>Sensible Schlüsselwörter, eines pro Zeile, statt der eingebauten Liste; stelle einer Zeile &quot;drop:&quot; oder &quot;flag:&quot; voran (Standard: drop).</translation>
    </message>
    <message>
        <source>Words never treated as personal data, one per line.</source>
        <translation>Wörter, die nie als persönliche Daten gelten, eines pro Zeile.</translation>
    </message>
    <message>
        <source>--anonymize must be pseudonymize, redact or off.</source>
        <translation>--anonymize muss pseudonymize, redact oder off sein.</translation>
    </message>
</context>
<context>
    <name>PrivacyReportCommand</name>
    <message>
        <source>List the personal data found in an export and what anonymization makes of it.</source>
        <translation>Die in einem Export gefundenen persönlichen Daten auflisten und zeigen, was die Anonymisierung daraus macht.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Ein JSON-Objekt statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Phone region:</source>
        <translation>Telefonregion:</translation>
    </message>
    <message>
        <source>also</source>
        <translation>außerdem</translation>
    </message>
    <message>
        <source>Messages scanned:</source>
        <translation>Durchsuchte Nachrichten:</translation>
    </message>
    <message>
        <source>changed:</source>
        <translation>geändert:</translation>
    </message>
    <message>
        <source>dropped:</source>
        <translation>entfernt:</translation>
    </message>
    <message>
        <source>flagged:</source>
        <translation>markiert:</translation>
    </message>
    <message>
        <source>Hits by kind:</source>
        <translation>Treffer nach Art:</translation>
    </message>
    <message>
        <source>Hits:</source>
        <translation>Treffer:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Conf</source>
        <translation>Konf.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>(in quote)</source>
        <translation>(im Zitat)</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>Check that the disk is not full and that you may write to the folder. (%1)</source>
        <translation>Prüfe, ob die Festplatte voll ist und ob du in den Ordner schreiben darfst. (%1)</translation>
    </message>
    <message>
        <source>The project file does not exist.</source>
        <translation>Die Projektdatei existiert nicht.</translation>
    </message>
    <message>
        <source>This file is not an Idiolect project.</source>
        <translation>Diese Datei ist kein Idiolect-Projekt.</translation>
    </message>
    <message>
        <source>Open a Signal export with “Open Export” instead.</source>
        <translation>Öffne einen Signal-Export stattdessen mit „Export öffnen“.</translation>
    </message>
    <message>
        <source>The folder for the project file could not be created.</source>
        <translation>Der Ordner für die Projektdatei konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The project file could not be created.</source>
        <translation>Die Projektdatei konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The project file could not be opened.</source>
        <translation>Die Projektdatei konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The project file could not be prepared.</source>
        <translation>Die Projektdatei konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>This project was saved by a newer version of Idiolect.</source>
        <translation>Dieses Projekt wurde mit einer neueren Version von Idiolect gespeichert.</translation>
    </message>
    <message>
        <source>Update Idiolect to open it.</source>
        <translation>Aktualisiere Idiolect, um es zu öffnen.</translation>
    </message>
    <message>
        <source>The project file could not be read.</source>
        <translation>Die Projektdatei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The project could not be saved.</source>
        <translation>Das Projekt konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The project could not be saved there.</source>
        <translation>Das Projekt konnte dort nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>PseudonymMap</name>
    <message>
        <source>Choose another pseudonym map file, or start without one.</source>
        <translation>Wähle eine andere Pseudonym-Datei oder beginne ohne.</translation>
    </message>
    <message>
        <source>This is not an Idiolect pseudonym map.</source>
        <translation>Das ist keine Idiolect-Pseudonym-Datei.</translation>
    </message>
    <message>
        <source>This pseudonym map was written by a newer version of Idiolect.</source>
        <translation>Diese Pseudonym-Datei stammt von einer neueren Idiolect-Version.</translation>
    </message>
    <message>
        <source>Entry %1 of the pseudonym map is incomplete.</source>
        <translation>Eintrag %1 der Pseudonym-Datei ist unvollständig.</translation>
    </message>
    <message>
        <source>Entry %1 of the pseudonym map has no replacement name.</source>
        <translation>Eintrag %1 der Pseudonym-Datei hat keinen Ersatznamen.</translation>
    </message>
    <message>
        <source>Entry %1 of the pseudonym map repeats an earlier one.</source>
        <translation>Eintrag %1 der Pseudonym-Datei wiederholt einen früheren.</translation>
    </message>
    <message>
        <source>The pseudonym map cannot be written: %1.</source>
        <translation>Die Pseudonym-Datei kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>The pseudonym map does not exist.</source>
        <translation>Die Pseudonym-Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>The pseudonym map cannot be read: %1.</source>
        <translation>Die Pseudonym-Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The pseudonym map is not valid JSON: %1.</source>
        <translation>Die Pseudonym-Datei ist kein gültiges JSON: %1.</translation>
    </message>
</context>
<context>
    <name>SelfDetector</name>
    <message>
        <source>Recipient id %1 does not exist in this export.</source>
        <translation>Die Empfänger-ID %1 gibt es in diesem Export nicht.</translation>
    </message>
    <message>
        <source>Run &quot;idiolect-cli inspect&quot; to see the detected id and the candidates.</source>
        <translation>„idiolect-cli inspect“ zeigt die erkannte ID und die Kandidaten.</translation>
    </message>
    <message>
        <source>Set by the user.</source>
        <translation>Vom Benutzer festgelegt.</translation>
    </message>
    <message>
        <source>All %1 outgoing messages have the same sender.</source>
        <translation>Alle %1 ausgehenden Nachrichten haben denselben Absender.</translation>
    </message>
    <message>
        <source>%1 of %2 outgoing messages have the same sender.</source>
        <translation>%1 von %2 ausgehenden Nachrichten haben denselben Absender.</translation>
    </message>
    <message>
        <source>%1 incoming messages are addressed to the same recipient.</source>
        <translation>%1 eingehende Nachrichten sind an denselben Empfänger gerichtet.</translation>
    </message>
    <message>
        <source>Only one recipient quotes or reacts in 1:1 chats and never writes incoming group messages.</source>
        <translation>Nur ein Empfänger zitiert oder reagiert in 1:1-Chats und schreibt nie eingehende Gruppennachrichten.</translation>
    </message>
    <message>
        <source>One recipient accounts for almost all quotes and reactions in 1:1 chats.</source>
        <translation>Fast alle Zitate und Reaktionen in 1:1-Chats stammen von einem Empfänger.</translation>
    </message>
    <message>
        <source>The export has no evidence of who you are.</source>
        <translation>Der Export verrät nicht, wer du bist.</translation>
    </message>
</context>
<context>
    <name>SigexportLineParser</name>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>Die Datei ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>The line is too long to be a message.</source>
        <translation>Die Zeile ist zu lang für eine Nachricht.</translation>
    </message>
    <message>
        <source>The export may be damaged or cut off. Import with invalid lines skipped (--lenient) to use the rest.</source>
        <translation>Der Export ist womöglich beschädigt oder abgeschnitten. Importiere mit übersprungenen ungültigen Zeilen (--lenient), um den Rest zu nutzen.</translation>
    </message>
    <message>
        <source>The line is not valid UTF-8.</source>
        <translation>Die Zeile ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>The line is not valid JSON: %1.</source>
        <translation>Die Zeile ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>The line is not a JSON object.</source>
        <translation>Die Zeile ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The date is missing or not an ISO 8601 date and time.</source>
        <translation>Das Datum fehlt oder ist kein Datum mit Uhrzeit nach ISO 8601.</translation>
    </message>
    <message>
        <source>The sender is not text.</source>
        <translation>Der Absender ist kein Text.</translation>
    </message>
    <message>
        <source>An earlier version of the message has no valid date.</source>
        <translation>Eine frühere Fassung der Nachricht hat kein gültiges Datum.</translation>
    </message>
</context>
<context>
    <name>SigexportModelBuilder</name>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Unbekannter Absender</translation>
    </message>
    <message>
        <source>signal-export writes &quot;Me&quot; as the sender of your messages.</source>
        <translation>signal-export schreibt „Me“ als Absender deiner Nachrichten.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines are not valid messages and were skipped (the first is line %1 of %2).</source>
        <translation>
            <numerusform>%n Zeile ist keine gültige Nachricht und wurde übersprungen (Zeile %1 von %2).</numerusform>
            <numerusform>%n Zeilen sind keine gültigen Nachrichten und wurden übersprungen (die erste ist Zeile %1 von %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines contained bytes that are not UTF-8; they were replaced with U+FFFD.</source>
        <translation>
            <numerusform>%n Zeile enthielt Bytes, die kein UTF-8 sind; sie wurden durch U+FFFD ersetzt.</numerusform>
            <numerusform>%n Zeilen enthielten Bytes, die kein UTF-8 sind; sie wurden durch U+FFFD ersetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages have a local time that does not exist in %1 (clocks went forward); they were read as the hour after.</source>
        <translation>
            <numerusform>%n Nachricht hat eine Ortszeit, die es in %1 nicht gibt (Zeitumstellung vor); sie wurde als die Stunde danach gelesen.</numerusform>
            <numerusform>%n Nachrichten haben eine Ortszeit, die es in %1 nicht gibt (Zeitumstellung vor); sie wurden als die Stunde danach gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages fall in the repeated hour when clocks went back; their order in the chat decided which of the two times applies.</source>
        <translation>
            <numerusform>%n Nachricht fällt in die doppelte Stunde der Zeitumstellung zurück; ihre Stelle im Chat entschied, welche der beiden Zeiten gilt.</numerusform>
            <numerusform>%n Nachrichten fallen in die doppelte Stunde der Zeitumstellung zurück; ihre Reihenfolge im Chat entschied, welche der beiden Zeiten gilt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fields Idiolect does not know were ignored (%1).</source>
        <translation>
            <numerusform>%n Feld, das Idiolect nicht kennt, wurde ignoriert (%1).</numerusform>
            <numerusform>%n Felder, die Idiolect nicht kennt, wurden ignoriert (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows were recognised as calls by the text signal-export writes for them.</source>
        <translation>
            <numerusform>%n Zeile wurde am Text, den signal-export für Anrufe schreibt, als Anruf erkannt.</numerusform>
            <numerusform>%n Zeilen wurden am Text, den signal-export für Anrufe schreibt, als Anrufe erkannt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachments have no file in media/ (not copied, or the export ran with --no-attachments).</source>
        <translation>
            <numerusform>%n Anhang hat keine Datei in media/ (nicht kopiert, oder der Export lief mit --no-attachments).</numerusform>
            <numerusform>%n Anhänge haben keine Datei in media/ (nicht kopiert, oder der Export lief mit --no-attachments).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages contain mention placeholders; signal-export does not say whom they name.</source>
        <translation>
            <numerusform>%n Nachricht enthält Platzhalter für Erwähnungen; signal-export sagt nicht, wen sie nennen.</numerusform>
            <numerusform>%n Nachrichten enthalten Platzhalter für Erwähnungen; signal-export sagt nicht, wen sie nennen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages have no sender (&quot;No-Sender&quot;).</source>
        <translation>
            <numerusform>%n Nachricht hat keinen Absender („No-Sender“).</numerusform>
            <numerusform>%n Nachrichten haben keinen Absender („No-Sender“).</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipient %1 is not in this export.</source>
        <translation>Empfänger %1 ist nicht in diesem Export.</translation>
    </message>
    <message>
        <source>Leave --self out: signal-export names you &quot;Me&quot;.</source>
        <translation>Lass --self weg: signal-export nennt dich „Me“.</translation>
    </message>
    <message>
        <source>Chosen by the user.</source>
        <translation>Vom Benutzer gewählt.</translation>
    </message>
</context>
<context>
    <name>SignalCsvImporter</name>
    <message>
        <source>The folder contains no CSV files.</source>
        <translation>Der Ordner enthält keine CSV-Dateien.</translation>
    </message>
    <message>
        <source>Another file holds the same table; only the first one (by name) was read.</source>
        <translation>Eine weitere Datei enthält dieselbe Tabelle; nur die erste (nach Name) wurde gelesen.</translation>
    </message>
    <message>
        <source>A file was skipped: %1</source>
        <translation>Eine Datei wurde übersprungen: %1</translation>
    </message>
    <message>
        <source>The file uses Windows line endings (CRLF), which signalbackup-tools never writes; it was probably re-saved by a spreadsheet. Line breaks inside messages may have changed.</source>
        <translation>Die Datei hat Windows-Zeilenenden (CRLF), die signalbackup-tools nie schreibt; vermutlich wurde sie von einer Tabellenkalkulation neu gespeichert. Zeilenumbrüche in Nachrichten können sich verändert haben.</translation>
    </message>
    <message>
        <source>The file starts with a byte-order mark; it was ignored.</source>
        <translation>Die Datei beginnt mit einer Byte-Order-Mark; sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>Blank lines were skipped.</source>
        <translation>Leere Zeilen wurden übersprungen.</translation>
    </message>
    <message>
        <source>No message table was found; %1 is empty (0 bytes), which is how signalbackup-tools writes a table without rows.</source>
        <translation>Es wurde keine Nachrichtentabelle gefunden; %1 ist leer (0 Bytes), so schreibt signalbackup-tools eine Tabelle ohne Zeilen.</translation>
    </message>
    <message>
        <source>Check that the backup has messages and export the message table again.</source>
        <translation>Prüfe, ob das Backup Nachrichten enthält, und exportiere die Nachrichtentabelle erneut.</translation>
    </message>
    <message>
        <source>The message table was split wrongly.</source>
        <translation>Die Nachrichtentabelle wurde falsch aufgeteilt.</translation>
    </message>
    <message>
        <source>Export tables with signalbackup-tools --exportcsv message=message.csv,recipient=recipient.csv,thread=thread.csv,mention=mention.csv,attachment=attachment.csv (mentions and long messages need the last two)</source>
        <translation>Exportieren Sie die Tabellen mit signalbackup-tools --exportcsv message=message.csv,recipient=recipient.csv,thread=thread.csv,mention=mention.csv,attachment=attachment.csv (Erwähnungen und lange Nachrichten brauchen die letzten beiden)</translation>
    </message>
</context>
<context>
    <name>SignalDesktopExportImporter</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Die Datei lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>No conversation folder with a data.json was found.</source>
        <translation>Es wurde kein Unterhaltungsordner mit einer data.json gefunden.</translation>
    </message>
    <message>
        <source>Run signal-export with JSON output (the default; not --no-json) and open its output folder or one conversation folder.</source>
        <translation>Starte signal-export mit JSON-Ausgabe (Standard; nicht --no-json) und öffne seinen Ausgabeordner oder einen Unterhaltungsordner.</translation>
    </message>
</context>
<context>
    <name>SignalModelBuilder</name>
    <message>
        <source>The recipient id is not a number.</source>
        <translation>Die Empfänger-ID ist keine Zahl.</translation>
    </message>
    <message>
        <source>The thread id is not a number.</source>
        <translation>Die Chat-ID ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1 message rows repeat an _id that was already read; only the first row with each id is used.</source>
        <translation>%1 Nachrichtenzeilen wiederholen eine bereits gelesene _id; verwendet wird nur die erste Zeile mit jeder ID.</translation>
    </message>
    <message>
        <source>Dates look like seconds, not milliseconds; they were multiplied by 1000.</source>
        <translation>Die Zeitangaben sehen nach Sekunden statt Millisekunden aus; sie wurden mit 1000 multipliziert.</translation>
    </message>
    <message>
        <source>%1 messages have a date before 1995 or more than a year in the future; they are kept but sort to the start or end of their chat.</source>
        <translation>%1 Nachrichten haben ein Datum vor 1995 oder mehr als ein Jahr in der Zukunft; sie bleiben erhalten, stehen aber am Anfang oder Ende ihres Chats.</translation>
    </message>
    <message>
        <source>%1 messages contain mention placeholders without a mention row; export the &quot;mention&quot; table to resolve them.</source>
        <translation>%1 Nachrichten enthalten Platzhalter für Erwähnungen ohne passende Zeile; exportiere die Tabelle „mention“, um sie aufzulösen.</translation>
    </message>
    <message>
        <source>No message table was found in this export.</source>
        <translation>In diesem Export wurde keine Nachrichtentabelle gefunden.</translation>
    </message>
    <message>
        <source>Export it with signalbackup-tools --exportcsv message=message.csv (or sms=...,mms=... for databases older than 2023).</source>
        <translation>Exportiere sie mit signalbackup-tools --exportcsv message=message.csv (oder sms=...,mms=... bei Datenbanken von vor 2023).</translation>
    </message>
    <message>
        <source>No recipient table was found: contacts are shown by id, and group chats are only recognised from their messages.</source>
        <translation>Es wurde keine Empfängertabelle gefunden: Kontakte erscheinen mit ihrer ID, und Gruppenchats werden nur an ihren Nachrichten erkannt.</translation>
    </message>
    <message>
        <source>No thread table was found: each chat&apos;s partner was inferred from its messages.</source>
        <translation>Es wurde keine Chattabelle gefunden: Das Gegenüber jedes Chats wurde aus seinen Nachrichten erschlossen.</translation>
    </message>
    <message>
        <source>%1 messages contained bytes that are not UTF-8; they were replaced with U+FFFD.</source>
        <translation>%1 Nachrichten enthielten Bytes, die kein UTF-8 sind; sie wurden durch U+FFFD ersetzt.</translation>
    </message>
    <message>
        <source>The message id is not a number.</source>
        <translation>Die Nachrichten-ID ist keine Zahl.</translation>
    </message>
    <message>
        <source>The date is not a whole number of milliseconds.</source>
        <translation>Das Datum ist keine ganze Zahl von Millisekunden.</translation>
    </message>
    <message>
        <source>The message type is not a number.</source>
        <translation>Der Nachrichtentyp ist keine Zahl.</translation>
    </message>
    <message>
        <source>The file may have been re-saved in another encoding. Export it again, or import with invalid bytes replaced (--lenient).</source>
        <translation>Die Datei wurde womöglich in einer anderen Kodierung neu gespeichert. Exportiere sie erneut oder importiere mit ersetzten ungültigen Bytes (--lenient).</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8.</source>
        <translation>Der Text ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>My Story</source>
        <translation>Meine Story</translation>
    </message>
    <message>
        <source>%1 message texts were longer than 1 MiB and were cut there.</source>
        <translation>%1 Nachrichtentexte waren länger als 1 MiB und wurden dort abgeschnitten.</translation>
    </message>
    <message>
        <source>The %1 table has no &quot;%2&quot; column.</source>
        <translation>Die Tabelle %1 hat keine Spalte „%2“.</translation>
    </message>
    <message>
        <source>Export the whole table with signalbackup-tools --exportcsv %1=FILE; the column list must not be edited.</source>
        <translation>Exportiere die ganze Tabelle mit signalbackup-tools --exportcsv %1=DATEI; die Spaltenliste darf nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>The message id is out of range.</source>
        <translation>Die Nachrichten-ID liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message numerus="yes">
        <source>%n long messages are only available in Signal&apos;s truncated form (the full text is in an attachment this export does not include); they are context, never a reply of yours to learn.</source>
        <translation>
            <numerusform>%n lange Nachricht liegt nur in Signals gekürzter Form vor (der volle Text steht in einem Anhang, den dieser Export nicht enthält); sie dient als Kontext, nie als zu lernende Antwort von Ihnen.</numerusform>
            <numerusform>%n lange Nachrichten liegen nur in Signals gekürzter Form vor (der volle Text steht in einem Anhang, den dieser Export nicht enthält); sie dienen als Kontext, nie als zu lernende Antwort von Ihnen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignalPlaintextImporter</name>
    <message>
        <source>The ZIP archive holds no main.jsonl.</source>
        <translation>Das ZIP-Archiv enthält keine main.jsonl.</translation>
    </message>
    <message>
        <source>Open the ZIP of Signal&apos;s chat export (Settings → Chats → Export chat history).</source>
        <translation>Öffne das ZIP von Signals Chat-Export (Einstellungen → Chats → Chatverlauf exportieren).</translation>
    </message>
    <message>
        <source>The folder holds no main.jsonl.</source>
        <translation>Der Ordner enthält keine main.jsonl.</translation>
    </message>
    <message>
        <source>Open the folder Signal created (signal-export-…), which contains main.jsonl, metadata.json and files/.</source>
        <translation>Öffne den Ordner, den Signal angelegt hat (signal-export-…), mit main.jsonl, metadata.json und files/.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Die Datei lässt sich nicht öffnen: %1</translation>
    </message>
</context>
<context>
    <name>SignalSqliteImporter</name>
    <message>
        <source>The database file does not exist.</source>
        <translation>Die Datenbankdatei gibt es nicht.</translation>
    </message>
    <message>
        <source>The database file cannot be read (permission denied).</source>
        <translation>Die Datenbankdatei kann nicht gelesen werden (keine Berechtigung).</translation>
    </message>
    <message>
        <source>The database file cannot be opened: %1</source>
        <translation>Die Datenbankdatei lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>This is not a plain SQLite database.</source>
        <translation>Das ist keine unverschlüsselte SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>An encrypted Signal backup must be decrypted first: signalbackup-tools BACKUP PASSPHRASE -o FOLDER</source>
        <translation>Ein verschlüsseltes Signal-Backup muss erst entschlüsselt werden: signalbackup-tools BACKUP PASSPHRASE -o ORDNER</translation>
    </message>
    <message numerus="yes">
        <source>This SQLite database has no message table, so it is not a Signal Android database (%n tables found).</source>
        <translation>
            <numerusform>Diese SQLite-Datenbank hat keine Nachrichtentabelle und ist daher keine Signal-Android-Datenbank (%n Tabelle gefunden).</numerusform>
            <numerusform>Diese SQLite-Datenbank hat keine Nachrichtentabelle und ist daher keine Signal-Android-Datenbank (%n Tabellen gefunden).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the database.sqlite that signalbackup-tools wrote with -o or --onlydb.</source>
        <translation>Öffne die database.sqlite, die signalbackup-tools mit -o oder --onlydb geschrieben hat.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; table does not have the columns of a Signal message table.</source>
        <translation>Die Tabelle „%1“ hat nicht die Spalten einer Signal-Nachrichtentabelle.</translation>
    </message>
</context>
<context>
    <name>SnapshotCache</name>
    <message>
        <source>There is no cache folder.</source>
        <translation>Es gibt keinen Cache-Ordner.</translation>
    </message>
    <message>
        <source>The export could not be read again to fingerprint it.</source>
        <translation>Der Export konnte für seinen Fingerabdruck nicht erneut gelesen werden.</translation>
    </message>
    <message>
        <source>The cache folder cannot be created.</source>
        <translation>Der Cache-Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The snapshot cannot be written: %1</source>
        <translation>Der Snapshot kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>StyleChartData</name>
    <message>
        <source>&lt; 10</source>
        <translation>&lt; 10</translation>
    </message>
    <message>
        <source>10–30</source>
        <translation>10–30</translation>
    </message>
    <message>
        <source>31–100</source>
        <translation>31–100</translation>
    </message>
    <message>
        <source>101–200</source>
        <translation>101–200</translation>
    </message>
    <message>
        <source>&gt; 200</source>
        <translation>&gt; 200</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 Min.</translation>
    </message>
    <message>
        <source>1–5 min</source>
        <translation>1–5 Min.</translation>
    </message>
    <message>
        <source>5–15 min</source>
        <translation>5–15 Min.</translation>
    </message>
    <message>
        <source>15–60 min</source>
        <translation>15–60 Min.</translation>
    </message>
    <message>
        <source>1–3 h</source>
        <translation>1–3 Std.</translation>
    </message>
    <message>
        <source>3–12 h</source>
        <translation>3–12 Std.</translation>
    </message>
    <message>
        <source>12 h +</source>
        <translation>12 Std. +</translation>
    </message>
    <message>
        <source>Message length (characters)</source>
        <translation>Nachrichtenlänge (Zeichen)</translation>
    </message>
    <message>
        <source>No text messages in the selection.</source>
        <translation>Keine Textnachrichten in der Auswahl.</translation>
    </message>
    <message>
        <source>Reply time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>No replies measured yet: a reply is a message after the other side&apos;s.</source>
        <translation>Noch keine Antworten gemessen: Eine Antwort ist eine Nachricht nach einer der Gegenseite.</translation>
    </message>
    <message>
        <source>Bursts (messages in a row)</source>
        <translation>Salven (Nachrichten hintereinander)</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>No bursts: no quick runs of messages in a row.</source>
        <translation>Keine Salven: keine schnell aufeinanderfolgenden Nachrichten.</translation>
    </message>
    <message>
        <source>Messages per month</source>
        <translation>Nachrichten pro Monat</translation>
    </message>
    <message>
        <source>No messages in the selection.</source>
        <translation>Keine Nachrichten in der Auswahl.</translation>
    </message>
    <message>
        <source>Top emoji</source>
        <translation>Häufigste Emojis</translation>
    </message>
    <message>
        <source>No emoji in the selection.</source>
        <translation>Keine Emojis in der Auswahl.</translation>
    </message>
    <message>
        <source>Top words</source>
        <translation>Häufigste Wörter</translation>
    </message>
    <message>
        <source>No words counted in the selection.</source>
        <translation>In der Auswahl wurden keine Wörter gezählt.</translation>
    </message>
</context>
<context>
    <name>StyleCommand</name>
    <message>
        <source>Messages: %1, average length %2 characters (%3)</source>
        <translation>Nachrichten: %1, durchschnittliche Länge %2 Zeichen (%3)</translation>
    </message>
    <message>
        <source>Lengths: very short %1, short %2, medium %3, long %4, very long %5</source>
        <translation>Längen: sehr kurz %1, kurz %2, mittel %3, lang %4, sehr lang %5</translation>
    </message>
    <message>
        <source>Bursts: %1 (average %2 messages, largest %3, %4 per message)</source>
        <translation>Serien: %1 (durchschnittlich %2 Nachrichten, größte %3, %4 pro Nachricht)</translation>
    </message>
    <message>
        <source>Emoji: in %1 of messages; top %2</source>
        <translation>Emoji: in %1 der Nachrichten; am häufigsten %2</translation>
    </message>
    <message>
        <source>Most active: hours %1; days %2; %3 messages per day (%4)</source>
        <translation>Am aktivsten: Stunden %1; Tage %2; %3 Nachrichten pro Tag (%4)</translation>
    </message>
    <message>
        <source>Reply time: median %1 s, p75 %2 s, p90 %3 s</source>
        <translation>Antwortzeit: Median %1 s, p75 %2 s, p90 %3 s</translation>
    </message>
    <message>
        <source>Words: %1 distinct, %2 per message, questions in %3%; common: %4</source>
        <translation>Wörter: %1 verschiedene, %2 pro Nachricht, Fragen in %3 %; häufig: %4</translation>
    </message>
    <message>
        <source>Analyse your texting style and your chat partners&apos; styles.</source>
        <translation>Deinen Schreibstil und den deiner Chatpartner analysieren.</translation>
    </message>
    <message>
        <source>Print JSON (the original API&apos;s style keys).</source>
        <translation>JSON ausgeben (mit den Stil-Schlüsseln der ursprünglichen API).</translation>
    </message>
    <message>
        <source>Also show every chat partner&apos;s profile.</source>
        <translation>Zusätzlich das Profil jedes Chatpartners zeigen.</translation>
    </message>
    <message>
        <source>Your style</source>
        <translation>Dein Stil</translation>
    </message>
    <message>
        <source>%1 (thread %2): %3</source>
        <translation>%1 (Chat %2): %3</translation>
    </message>
    <message>
        <source>You with them:</source>
        <translation>Du mit dieser Person:</translation>
    </message>
    <message>
        <source>Style difference %1, adaptation %2, %3 conversations with you</source>
        <translation>Stilunterschied %1, Anpassung %2, %3 Unterhaltungen mit dir</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Check a dataset file (.json, .jsonl, .jsonl.gz) the way trainers load it.</source>
        <translation>Eine Datensatzdatei (.json, .jsonl, .jsonl.gz) so prüfen, wie Trainer sie laden.</translation>
    </message>
    <message>
        <source>The dataset file to check.</source>
        <translation>Die zu prüfende Datensatzdatei.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Print at most N errors (default 50).</source>
        <translation>Höchstens N Fehler ausgeben (Standard 50).</translation>
    </message>
    <message>
        <source>Give exactly one FILE to validate.</source>
        <translation>Gib genau eine DATEI zum Prüfen an.</translation>
    </message>
    <message>
        <source>--max-errors needs a positive whole number.</source>
        <translation>--max-errors braucht eine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>OK: %1 examples (%2).</source>
        <translation>OK: %1 Beispiele (%2).</translation>
    </message>
    <message>
        <source>Invalid: %1 of %2 examples have problems.</source>
        <translation>Ungültig: %1 von %2 Beispielen haben Probleme.</translation>
    </message>
</context>
<context>
    <name>WindowsCommand</name>
    <message>
        <source>List conversation windows (your messages with the context before them).</source>
        <translation>Gesprächsfenster auflisten (deine Nachrichten mit dem Kontext davor).</translation>
    </message>
    <message>
        <source>Print a JSON array with context and response text.</source>
        <translation>Ein JSON-Array mit Kontext- und Antworttext ausgeben.</translation>
    </message>
    <message>
        <source>%1 windows</source>
        <translation>%1 Fenster</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Gap s</source>
        <translation>Pause s</translation>
    </message>
    <message>
        <source>Delay s</source>
        <translation>Antwort s</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Dynamik</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>The ZIP archive does not exist.</source>
        <translation>Das ZIP-Archiv gibt es nicht.</translation>
    </message>
    <message>
        <source>The ZIP file is damaged or was not written by Signal. Unpack it with another tool and open the folder instead.</source>
        <translation>Die ZIP-Datei ist beschädigt oder stammt nicht von Signal. Entpacke sie mit einem anderen Programm und öffne stattdessen den Ordner.</translation>
    </message>
    <message>
        <source>The ZIP archive cannot be opened.</source>
        <translation>Das ZIP-Archiv lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>The file is too short to be a ZIP archive.</source>
        <translation>Die Datei ist zu kurz für ein ZIP-Archiv.</translation>
    </message>
    <message>
        <source>The ZIP archive cannot be read.</source>
        <translation>Das ZIP-Archiv kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No ZIP end-of-directory record was found.</source>
        <translation>Es wurde kein ZIP-Verzeichnisende-Eintrag gefunden.</translation>
    </message>
    <message>
        <source>Split (multi-part) ZIP archives are not supported.</source>
        <translation>Geteilte (mehrteilige) ZIP-Archive werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>The ZIP64 end-of-directory record is damaged.</source>
        <translation>Der ZIP64-Verzeichnisende-Eintrag ist beschädigt.</translation>
    </message>
    <message>
        <source>The ZIP64 end-of-directory record is out of range.</source>
        <translation>Der ZIP64-Verzeichnisende-Eintrag liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>The ZIP archive lists more than %1 files.</source>
        <translation>Das ZIP-Archiv führt mehr als %1 Dateien auf.</translation>
    </message>
    <message>
        <source>The ZIP central directory lies outside the file.</source>
        <translation>Das zentrale ZIP-Verzeichnis liegt außerhalb der Datei.</translation>
    </message>
    <message>
        <source>ZIP directory entry %1 is damaged.</source>
        <translation>ZIP-Verzeichniseintrag %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>ZIP directory entry %1 has a damaged ZIP64 field.</source>
        <translation>ZIP-Verzeichniseintrag %1 hat ein beschädigtes ZIP64-Feld.</translation>
    </message>
    <message>
        <source>ZIP directory entry %1 points outside the file.</source>
        <translation>ZIP-Verzeichniseintrag %1 zeigt aus der Datei hinaus.</translation>
    </message>
    <message>
        <source>The ZIP entry does not exist.</source>
        <translation>Den ZIP-Eintrag gibt es nicht.</translation>
    </message>
    <message>
        <source>The ZIP entry &quot;%1&quot; is encrypted.</source>
        <translation>Der ZIP-Eintrag „%1“ ist verschlüsselt.</translation>
    </message>
    <message>
        <source>The ZIP entry &quot;%1&quot; uses compression method %2; only stored and deflate are supported.</source>
        <translation>Der ZIP-Eintrag „%1“ nutzt die Kompressionsmethode %2; unterstützt werden nur „stored“ und „deflate“.</translation>
    </message>
    <message>
        <source>The local header of ZIP entry &quot;%1&quot; is damaged.</source>
        <translation>Der lokale Kopf des ZIP-Eintrags „%1“ ist beschädigt.</translation>
    </message>
    <message>
        <source>ZIP entry &quot;%1&quot; is cut off.</source>
        <translation>ZIP-Eintrag „%1“ ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The sizes of stored ZIP entry &quot;%1&quot; disagree.</source>
        <translation>Die Größenangaben des unkomprimierten ZIP-Eintrags „%1“ widersprechen sich.</translation>
    </message>
    <message>
        <source>ZIP entry &quot;%1&quot; is larger than %2 bytes.</source>
        <translation>ZIP-Eintrag „%1“ ist größer als %2 Bytes.</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>The ZIP archive would be larger than 4 GiB.</source>
        <translation>Das ZIP-Archiv würde größer als 4 GiB werden.</translation>
    </message>
    <message>
        <source>The ZIP archive could not be written: %1</source>
        <translation>Das ZIP-Archiv konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>idiolect</name>
    <message>
        <source>The operation was canceled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>Expected a file but found a folder.</source>
        <translation>Erwartet wurde eine Datei, gefunden wurde ein Ordner.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Die Datei lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Check that you have permission to read it.</source>
        <translation>Prüfe, ob du sie lesen darfst.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file ends inside a quoted field that starts here; the export is probably truncated.</source>
        <translation>Die Datei endet mitten in einem Feld in Anführungszeichen, das hier beginnt; der Export ist vermutlich abgeschnitten.</translation>
    </message>
    <message>
        <source>Unexpected character after a closing quote; expected a comma or the end of the line.</source>
        <translation>Unerwartetes Zeichen nach einem schließenden Anführungszeichen; erwartet wurde ein Komma oder das Zeilenende.</translation>
    </message>
    <message>
        <source>This export format (%1) is not supported by this build.</source>
        <translation>Dieses Exportformat (%1) wird von diesem Build nicht unterstützt.</translation>
    </message>
    <message numerus="yes">
        <source>Self is ambiguous: %n recipients are possible.</source>
        <translation>
            <numerusform>Nicht eindeutig, wer du bist: %n Empfänger kommt in Frage.</numerusform>
            <numerusform>Nicht eindeutig, wer du bist: %n Empfänger kommen in Frage.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>Die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Another program holds a lock on it; close it and try again, or copy the file first.</source>
        <translation>Ein anderes Programm hält sie gesperrt; schließe es und versuche es erneut, oder kopiere die Datei vorher.</translation>
    </message>
    <message>
        <source>The file may still be encrypted; decrypt the backup with signalbackup-tools -o FOLDER first.</source>
        <translation>Die Datei ist womöglich noch verschlüsselt; entschlüssle das Backup vorher mit signalbackup-tools -o ORDNER.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Payment card</source>
        <translation>Zahlungskarte</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Sensitive keyword</source>
        <translation>Sensibles Schlüsselwort</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region phone numbers can be read for.</source>
        <translation>Für &quot;%1&quot; können keine Telefonnummern gelesen werden.</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as DE, US or GB.</source>
        <translation>Verwende einen zweibuchstabigen Ländercode wie DE, US oder GB.</translation>
    </message>
    <message>
        <source>The privacy settings contain an unknown value for &quot;%1&quot;.</source>
        <translation>Die Datenschutzeinstellungen enthalten einen unbekannten Wert für &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Reset the privacy settings to the defaults.</source>
        <translation>Setze die Datenschutzeinstellungen auf die Standardwerte zurück.</translation>
    </message>
    <message>
        <source>The list file does not exist.</source>
        <translation>Die Listendatei gibt es nicht.</translation>
    </message>
    <message>
        <source>The list file cannot be read: %1.</source>
        <translation>Die Listendatei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The list file is not UTF-8 text.</source>
        <translation>Die Listendatei ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>Save the file as UTF-8 and try again.</source>
        <translation>Speichere die Datei als UTF-8 und versuche es erneut.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the operation.</source>
        <translation>Ein unerwarteter Fehler hat den Vorgang abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n unpaired UTF-16 surrogates (JSON escapes such as \ud800 that stand for no character) were replaced with U+FFFD.</source>
        <translation>
            <numerusform>%n einzelnes UTF-16-Surrogat (ein JSON-Escape wie \ud800, das für kein Zeichen steht) wurde durch U+FFFD ersetzt.</numerusform>
            <numerusform>%n einzelne UTF-16-Surrogate (JSON-Escapes wie \ud800, die für kein Zeichen stehen) wurden durch U+FFFD ersetzt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idiolect-cli</name>
    <message>
        <source>Export folder or file (CSV folder, database.sqlite, main.jsonl, signal-export folder).</source>
        <translation>Exportordner oder -datei (CSV-Ordner, database.sqlite, main.jsonl, signal-export-Ordner).</translation>
    </message>
    <message>
        <source>Use recipient ID as yourself instead of detecting it.</source>
        <translation>Empfänger-ID als dich selbst verwenden, statt sie zu erkennen.</translation>
    </message>
    <message>
        <source>Repair recoverable data errors (invalid UTF-8, bad JSON lines) and report them as warnings.</source>
        <translation>Behebbare Datenfehler (ungültiges UTF-8, fehlerhafte JSON-Zeilen) reparieren und als Warnungen melden.</translation>
    </message>
    <message>
        <source>Print per-stage timings and counts to stderr (never message text).</source>
        <translation>Laufzeiten und Zahlen je Schritt auf stderr ausgeben (nie Nachrichtentext).</translation>
    </message>
    <message>
        <source>Missing EXPORT argument.</source>
        <translation>Das Argument EXPORT fehlt.</translation>
    </message>
    <message>
        <source>--self needs a numeric recipient ID.</source>
        <translation>--self braucht eine numerische Empfänger-ID.</translation>
    </message>
    <message>
        <source>Time zone of naive local dates (signal-export), e.g. Europe/Berlin; default: this computer&apos;s zone.</source>
        <translation>Zeitzone für Ortszeiten ohne Zonenangabe (signal-export), z. B. Europe/Berlin; Standard: die Zone dieses Computers.</translation>
    </message>
    <message>
        <source>--time-zone needs a time zone name such as Europe/Berlin.</source>
        <translation>--time-zone braucht den Namen einer Zeitzone wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>Reopen the export from its snapshot in your cache folder when it is unchanged, and write one after a fresh import (it holds message text; only you can read it).</source>
        <translation>Den Export aus seinem Snapshot im Cache-Ordner öffnen, wenn er unverändert ist, und nach einem neuen Import einen schreiben (er enthält Nachrichtentext; nur du kannst ihn lesen).</translation>
    </message>
</context>
<context>
    <name>idiolect::AboutDialog</name>
    <message>
        <source>About Idiolect</source>
        <translation>Über Idiolect</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Idiolect %1&lt;/h2&gt;&lt;p&gt;Turns your Signal chat history into fine-tuning data for a language model that writes the way you do.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your data stays on this computer.&lt;/b&gt; Nothing is sent anywhere unless you switch on an enrichment yourself.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;The demo export&apos;s conversations are derived from the Ubuntu IRC data of the irc-disentanglement corpus by J. K. Kummerfeld et al., CC BY 4.0.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Built with Qt %2, running on Qt %3.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Idiolect %1&lt;/h2&gt;&lt;p&gt;Macht aus deinem Signal-Chatverlauf Trainingsdaten für ein Sprachmodell, das so schreibt wie du.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Deine Daten bleiben auf diesem Computer.&lt;/b&gt; Nichts wird irgendwohin gesendet, außer du schaltest selbst eine Anreicherung ein.&lt;/p&gt;&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder neuer.&lt;/p&gt;&lt;p&gt;Die Gespräche des Demo-Exports sind aus den Ubuntu-IRC-Daten des irc-disentanglement-Korpus von J. K. Kummerfeld et al. abgeleitet, CC BY 4.0.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>idiolect::AnonymizeBox</name>
    <message>
        <source>Personal data</source>
        <translation>Persönliche Daten</translation>
    </message>
    <message>
        <source>&amp;Replace names, numbers and addresses (recommended)</source>
        <translation>Namen, Nummern und Adressen &amp;ersetzen (empfohlen)</translation>
    </message>
    <message>
        <source>People get stable pseudonyms; phone numbers, e-mail addresses, IBANs and similar become placeholders. The preview and the review show the replaced text too.</source>
        <translation>Personen erhalten feste Pseudonyme; Telefonnummern, E-Mail-Adressen, IBANs und Ähnliches werden zu Platzhaltern. Vorschau und Prüfen zeigen ebenfalls den ersetzten Text.</translation>
    </message>
    <message>
        <source>Everything runs on this computer. &lt;a href=&quot;privacy&quot;&gt;Check the replacements&lt;/a&gt; on the Privacy page.</source>
        <translation>Alles läuft auf diesem Computer. &lt;a href=&quot;privacy&quot;&gt;Prüfe die Ersetzungen&lt;/a&gt; auf der Seite „Datenschutz“.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file will contain real names and numbers&lt;/b&gt; of the people you chat with. Only share it if they agreed.</source>
        <translation>&lt;b&gt;Die Datei wird echte Namen und Nummern&lt;/b&gt; der Menschen enthalten, mit denen du chattest. Gib sie nur weiter, wenn sie zugestimmt haben.</translation>
    </message>
</context>
<context>
    <name>idiolect::ApiKeyStore</name>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>Unlock the keychain and allow Idiolect to use it.</source>
        <translation>Entsperre den Schlüsselbund und erlaube Idiolect, ihn zu benutzen.</translation>
    </message>
    <message>
        <source>No system keychain is available to store the API key.</source>
        <translation>Es gibt keinen Schlüsselbund im System, um den API-Schlüssel zu speichern.</translation>
    </message>
    <message>
        <source>Start a Secret Service (GNOME Keyring or KWallet), or pass the key in the IDIOLECT_VISION_API_KEY environment variable.</source>
        <translation>Starte einen Secret Service (GNOME Keyring oder KWallet) oder übergib den Schlüssel in der Umgebungsvariablen IDIOLECT_VISION_API_KEY.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the keychain service.</source>
        <translation>Versuche es erneut; bleibt der Fehler, prüfe den Schlüsselbunddienst.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Unlock the keychain, or pass the key in IDIOLECT_VISION_API_KEY.</source>
        <translation>Entsperre den Schlüsselbund oder übergib den Schlüssel in IDIOLECT_VISION_API_KEY.</translation>
    </message>
</context>
<context>
    <name>idiolect::ChartView</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>idiolect::ChatBubbleDelegate</name>
    <message>
        <source>Training target</source>
        <translation>Trainingsziel</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>%1 later</source>
        <translation>%1 später</translation>
    </message>
</context>
<context>
    <name>idiolect::ChatMessageModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
</context>
<context>
    <name>idiolect::ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
</context>
<context>
    <name>idiolect::DateRangeBar</name>
    <message>
        <source>&amp;Time span:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Quick ranges count back from the last message in the export.</source>
        <translation>Schnellauswahlen zählen von der letzten Nachricht im Export zurück.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>idiolect::DiagnosticsDialog</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>How long the last steps took and how responsive the window stayed. Only numbers are shown — never your messages or names.</source>
        <translation>Wie lange die letzten Schritte gedauert haben und wie flüssig das Fenster reagiert hat. Es werden nur Zahlen gezeigt – nie deine Nachrichten oder Namen.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Reset Responsiveness</source>
        <translation>Reaktionszeit &amp;zurücksetzen</translation>
    </message>
</context>
<context>
    <name>idiolect::DiagnosticsModel</name>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>idiolect::DiagnosticsRecorder</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Letzter Import</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nothing imported yet</source>
        <translation>Noch nichts importiert</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>Eingabegröße</translation>
    </message>
    <message>
        <source>Message rows</source>
        <translation>Nachrichtenzeilen</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>Textnachrichten</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Message store</source>
        <translation>Nachrichtenspeicher</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Messages per second</source>
        <translation>Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <source>Last enrichment</source>
        <translation>Letzte Anreicherung</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>Used the network</source>
        <translation>Netzwerk verwendet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Messages changed</source>
        <translation>Geänderte Nachrichten</translation>
    </message>
    <message>
        <source>Posts from saved previews</source>
        <translation>Beiträge aus gespeicherten Vorschauen</translation>
    </message>
    <message>
        <source>Posts fetched</source>
        <translation>Abgerufene Beiträge</translation>
    </message>
    <message>
        <source>Posts failed</source>
        <translation>Fehlgeschlagene Beiträge</translation>
    </message>
    <message>
        <source>Web pages from previews</source>
        <translation>Webseiten aus Vorschauen</translation>
    </message>
    <message>
        <source>Photos described</source>
        <translation>Beschriebene Fotos</translation>
    </message>
    <message>
        <source>Photos failed</source>
        <translation>Fehlgeschlagene Fotos</translation>
    </message>
    <message>
        <source>Photos skipped</source>
        <translation>Übersprungene Fotos</translation>
    </message>
    <message>
        <source>Cache hits</source>
        <translation>Treffer im Zwischenspeicher</translation>
    </message>
    <message>
        <source>Network requests</source>
        <translation>Netzwerkanfragen</translation>
    </message>
    <message>
        <source>Last generation</source>
        <translation>Letzte Erzeugung</translation>
    </message>
    <message>
        <source>Stage “%1”</source>
        <translation>Schritt „%1“</translation>
    </message>
    <message>
        <source>Messages used</source>
        <translation>Verwendete Nachrichten</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episoden</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Responsiveness and memory</source>
        <translation>Reaktionszeit und Speicher</translation>
    </message>
    <message>
        <source>Longest UI stall</source>
        <translation>Längste Blockade der Oberfläche</translation>
    </message>
    <message>
        <source>Average UI delay</source>
        <translation>Mittlere Verzögerung der Oberfläche</translation>
    </message>
    <message>
        <source>Stalls over %1 ms</source>
        <translation>Blockaden über %1 ms</translation>
    </message>
    <message>
        <source>Measured for</source>
        <translation>Gemessen seit</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Memory in use</source>
        <translation>Belegter Speicher</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Höchster Speicherbedarf</translation>
    </message>
    <message>
        <source>Longest UI computation</source>
        <translation>Längste Berechnung der Oberfläche</translation>
    </message>
    <message>
        <source>Stalls the UI caused itself</source>
        <translation>Selbst verursachte Blockaden der Oberfläche</translation>
    </message>
</context>
<context>
    <name>idiolect::EnrichmentController</name>
    <message>
        <source>Enriching links and photos</source>
        <translation>Links und Fotos werden angereichert</translation>
    </message>
    <message>
        <source>Adding link previews</source>
        <translation>Linkvorschauen werden ergänzt</translation>
    </message>
</context>
<context>
    <name>idiolect::EnrichmentDialog</name>
    <message>
        <source>Enrich &amp;Now</source>
        <translation>&amp;Jetzt anreichern</translation>
    </message>
    <message>
        <source>Enrichment</source>
        <translation>Anreicherung</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Run enrichment again with your settings; fetching and describing use the internet only where you switched them on.</source>
        <translation>Anreicherung mit deinen Einstellungen erneut ausführen; Abrufen und Beschreiben nutzen das Internet nur, wo du sie eingeschaltet hast.</translation>
    </message>
    <message>
        <source>All links and photos</source>
        <translation>Alle Links und Fotos</translation>
    </message>
    <message>
        <source>With added text</source>
        <translation>Mit ergänztem Text</translation>
    </message>
    <message>
        <source>Nothing added (failed, skipped, no preview)</source>
        <translation>Nichts ergänzt (fehlgeschlagen, übersprungen, keine Vorschau)</translation>
    </message>
    <message>
        <source>Edited by you</source>
        <translation>Von dir bearbeitet</translation>
    </message>
    <message>
        <source>Search chats, links and text</source>
        <translation>Chats, Links und Text durchsuchen</translation>
    </message>
    <message>
        <source>The text added after the link or in place of the photo</source>
        <translation>Der Text, der nach dem Link oder anstelle des Fotos eingefügt wird</translation>
    </message>
    <message>
        <source>&amp;Use This Text</source>
        <translation>Diesen Text &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Remove Addition</source>
        <translation>Ergänzung &amp;entfernen</translation>
    </message>
    <message>
        <source>Keep the link or photo, but add nothing for it</source>
        <translation>Link oder Foto behalten, aber nichts dazu ergänzen</translation>
    </message>
    <message>
        <source>Res&amp;tore Original</source>
        <translation>Original &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Select a link or photo to see and change what was added.</source>
        <translation>Wähle einen Link oder ein Foto, um zu sehen und zu ändern, was ergänzt wurde.</translation>
    </message>
    <message>
        <source>%1 in %2, %3 — %4</source>
        <translation>%1 in %2, %3 – %4</translation>
    </message>
    <message>
        <source>Enriching… progress and Cancel are in the status bar.</source>
        <translation>Anreicherung läuft … Fortschritt und Abbrechen findest du in der Statusleiste.</translation>
    </message>
    <message>
        <source>Nothing enriched yet. Open an export, then choose Enrich Now.</source>
        <translation>Noch nichts angereichert. Öffne einen Export und wähle dann „Jetzt anreichern“.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln message(s) changed.&lt;/b&gt; Posts: %1 from saved previews, %2 fetched, %3 failed. Web pages: %4. Photos: %5 described, %6 failed, %7 skipped.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln Nachricht geändert.&lt;/b&gt; Beiträge: %1 aus gespeicherten Vorschauen, %2 abgerufen, %3 fehlgeschlagen. Webseiten: %4. Fotos: %5 beschrieben, %6 fehlgeschlagen, %7 übersprungen.</numerusform>
            <numerusform>&lt;b&gt;%Ln Nachrichten geändert.&lt;/b&gt; Beiträge: %1 aus gespeicherten Vorschauen, %2 abgerufen, %3 fehlgeschlagen. Webseiten: %4. Fotos: %5 beschrieben, %6 fehlgeschlagen, %7 übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idiolect::EnrichmentItemsModel</name>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Saved preview</source>
        <translation>Gespeicherte Vorschau</translation>
    </message>
    <message>
        <source>Fetched now</source>
        <translation>Gerade abgerufen</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Zwischenspeicher</translation>
    </message>
    <message>
        <source>the server did not answer</source>
        <translation>der Server hat nicht geantwortet</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>die Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the server is not running</source>
        <translation>der Server läuft nicht</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>zu viele Anfragen</translation>
    </message>
    <message>
        <source>the answer made no sense</source>
        <translation>die Antwort war unbrauchbar</translation>
    </message>
    <message>
        <source>the model refused</source>
        <translation>das Modell hat abgelehnt</translation>
    </message>
    <message>
        <source>deleted or private</source>
        <translation>gelöscht oder privat</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>kein Text</translation>
    </message>
    <message>
        <source>the file is not in the export</source>
        <translation>die Datei fehlt im Export</translation>
    </message>
    <message>
        <source>larger than 10 MB</source>
        <translation>größer als 10 MB</translation>
    </message>
    <message>
        <source>not a JPEG, PNG, GIF or WebP</source>
        <translation>kein JPEG, PNG, GIF oder WebP</translation>
    </message>
    <message>
        <source>view-once media</source>
        <translation>Einmal-Medium</translation>
    </message>
    <message>
        <source>too many photos in one message</source>
        <translation>zu viele Fotos in einer Nachricht</translation>
    </message>
    <message>
        <source>not described yet</source>
        <translation>noch nicht beschrieben</translation>
    </message>
    <message>
        <source>no saved preview</source>
        <translation>keine gespeicherte Vorschau</translation>
    </message>
    <message>
        <source>server error %1</source>
        <translation>Serverfehler %1</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ergänzt</translation>
    </message>
    <message>
        <source>Not described</source>
        <translation>Nicht beschrieben</translation>
    </message>
    <message>
        <source>No saved preview</source>
        <translation>Keine gespeicherte Vorschau</translation>
    </message>
    <message>
        <source>Short link not followed</source>
        <translation>Kurzlink nicht aufgelöst</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>Edited by you</source>
        <translation>Von dir bearbeitet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Link or photo</source>
        <translation>Link oder Foto</translation>
    </message>
    <message>
        <source>Added text</source>
        <translation>Ergänzter Text</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>idiolect::EnrichmentPreferencesPage</name>
    <message>
        <source>Enrichment adds what a shared link or photo shows to the text the examples are made from. Anything that needs the internet is off until you switch it on.</source>
        <translation>Die Anreicherung ergänzt den Text, aus dem die Beispiele entstehen, um das, was ein geteilter Link oder ein Foto zeigt. Alles, was das Internet braucht, bleibt aus, bis du es einschaltest.</translation>
    </message>
    <message>
        <source>Shared links</source>
        <translation>Geteilte Links</translation>
    </message>
    <message>
        <source>Add the text of shared posts and pages from saved link previews</source>
        <translation>Text geteilter Beiträge und Seiten aus gespeicherten Linkvorschauen ergänzen</translation>
    </message>
    <message>
        <source>Fetch posts that have no saved preview from the internet</source>
        <translation>Beiträge ohne gespeicherte Vorschau aus dem Internet abrufen</translation>
    </message>
    <message>
        <source>An FxTwitter-compatible service. Leave empty for the public one; enter your own server&apos;s address to keep post numbers private.</source>
        <translation>Ein FxTwitter-kompatibler Dienst. Leer lassen für den öffentlichen; gib die Adresse deines eigenen Servers ein, damit Beitragsnummern privat bleiben.</translation>
    </message>
    <message>
        <source>Post service:</source>
        <translation>Beitragsdienst:</translation>
    </message>
    <message>
        <source>Everyone&apos;s messages</source>
        <translation>Nachrichten aller</translation>
    </message>
    <message>
        <source>Only my messages</source>
        <translation>Nur meine Nachrichten</translation>
    </message>
    <message>
        <source>Links your partners shared explain your replies, so both are enriched by default.</source>
        <translation>Links deiner Gesprächspartner erklären deine Antworten, daher werden standardmäßig beide angereichert.</translation>
    </message>
    <message>
        <source>Enrich:</source>
        <translation>Anreichern:</translation>
    </message>
    <message>
        <source>Shared photos</source>
        <translation>Geteilte Fotos</translation>
    </message>
    <message>
        <source>Describe shared photos with an AI model</source>
        <translation>Geteilte Fotos von einem KI-Modell beschreiben lassen</translation>
    </message>
    <message>
        <source>Ollama on this computer</source>
        <translation>Ollama auf diesem Computer</translation>
    </message>
    <message>
        <source>llama.cpp server on this computer</source>
        <translation>llama.cpp-Server auf diesem Computer</translation>
    </message>
    <message>
        <source>Other OpenAI-compatible server</source>
        <translation>Anderer OpenAI-kompatibler Server</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>The address ending in /v1; Idiolect adds /chat/completions.</source>
        <translation>Die Adresse, die auf /v1 endet; Idiolect hängt /chat/completions an.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Not needed for servers on this computer</source>
        <translation>Für Server auf diesem Computer nicht nötig</translation>
    </message>
    <message>
        <source>Kept in your system&apos;s keychain, never in Idiolect&apos;s settings or project files.</source>
        <translation>Wird im Schlüsselbund deines Systems aufbewahrt, nie in den Einstellungen oder Projektdateien von Idiolect.</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>Longest description:</source>
        <translation>Längste Beschreibung:</translation>
    </message>
    <message>
        <source>Photos sent per run; descriptions already in the cache are free.</source>
        <translation>Pro Durchlauf gesendete Fotos; Beschreibungen aus dem Zwischenspeicher zählen nicht.</translation>
    </message>
    <message>
        <source>Photos per run:</source>
        <translation>Fotos pro Durchlauf:</translation>
    </message>
    <message>
        <source>Leave empty for the built-in prompt. %1 stands for the longest description.</source>
        <translation>Leer lassen für die eingebaute Anweisung. %1 steht für die längste Beschreibung.</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Anweisung:</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Zwischenspeicher</translation>
    </message>
    <message>
        <source>Clear Cache…</source>
        <translation>Zwischenspeicher leeren …</translation>
    </message>
    <message>
        <source>The post service must be an address starting with http:// or https://.</source>
        <translation>Der Beitragsdienst muss eine Adresse sein, die mit http:// oder https:// beginnt.</translation>
    </message>
    <message>
        <source>The photo server&apos;s address must start with http:// or https://.</source>
        <translation>Die Adresse des Foto-Servers muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>Fetched posts and photo descriptions are kept in %1 so runs after the first cost nothing. The cache is empty.</source>
        <translation>Abgerufene Beiträge und Fotobeschreibungen werden in %1 aufbewahrt, damit spätere Durchläufe nichts kosten. Der Zwischenspeicher ist leer.</translation>
    </message>
    <message>
        <source>Fetched posts and photo descriptions are kept in %1 (%2) so runs after the first cost nothing.</source>
        <translation>Abgerufene Beiträge und Fotobeschreibungen werden in %1 (%2) aufbewahrt, damit spätere Durchläufe nichts kosten.</translation>
    </message>
    <message>
        <source>Clear the Enrichment Cache?</source>
        <translation>Zwischenspeicher der Anreicherung leeren?</translation>
    </message>
    <message>
        <source>Every fetched post and photo description is forgotten. The next run that needs them asks the servers again.</source>
        <translation>Alle abgerufenen Beiträge und Fotobeschreibungen werden vergessen. Der nächste Durchlauf, der sie braucht, fragt die Server erneut.</translation>
    </message>
    <message>
        <source>Could Not Clear the Cache</source>
        <translation>Zwischenspeicher konnte nicht geleert werden</translation>
    </message>
</context>
<context>
    <name>idiolect::ExampleTableModel</name>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>%1, edited</source>
        <translation>%1, bearbeitet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Deine Nachricht</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>idiolect::ExportPage</name>
    <message>
        <source>instruction / input / output rows, as LLaMA-Factory&apos;s alpaca format and most instruction-tuning scripts expect.</source>
        <translation>Zeilen mit instruction / input / output, wie sie das Alpaca-Format von LLaMA-Factory und die meisten Instruction-Tuning-Skripte erwarten.</translation>
    </message>
    <message>
        <source>The first rows as they will be written:</source>
        <translation>Die ersten Zeilen, wie sie geschrieben werden:</translation>
    </message>
    <message>
        <source>Preview of the dataset</source>
        <translation>Vorschau des Datensatzes</translation>
    </message>
    <message>
        <source>&amp;Export Dataset…</source>
        <translation>Datensatz &amp;exportieren…</translation>
    </message>
    <message>
        <source>Choose where to save the file and write it</source>
        <translation>Speicherort wählen und die Datei schreiben</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Alpaca</source>
        <translation>Alpaca</translation>
    </message>
    <message>
        <source>ShareGPT</source>
        <translation>ShareGPT</translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation>Chat-Nachrichten</translation>
    </message>
    <message>
        <source>JSON Lines (.jsonl)</source>
        <translation>JSON Lines (.jsonl)</translation>
    </message>
    <message>
        <source>JSON Lines, compressed (.jsonl.gz)</source>
        <translation>JSON Lines, komprimiert (.jsonl.gz)</translation>
    </message>
    <message>
        <source>One JSON document (.json)</source>
        <translation>Ein JSON-Dokument (.json)</translation>
    </message>
    <message>
        <source>One JSON document, compressed (.json.gz)</source>
        <translation>Ein JSON-Dokument, komprimiert (.json.gz)</translation>
    </message>
    <message>
        <source>JSON Lines has one example per line; trainers stream it. The JSON document also holds the style analysis.</source>
        <translation>JSON Lines enthält ein Beispiel pro Zeile; Trainer lesen es als Datenstrom. Das JSON-Dokument enthält zusätzlich die Stilanalyse.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>File &amp;type:</source>
        <translation>Datei&amp;typ:</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>All except the ones I rejected</source>
        <translation>Alle außer den abgelehnten</translation>
    </message>
    <message>
        <source>Examples you did not review are included</source>
        <translation>Beispiele, die du nicht geprüft hast, werden mitgenommen</translation>
    </message>
    <message>
        <source>Only the ones I accepted</source>
        <translation>Nur die angenommenen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Optional, e.g. “You are Alex. Reply the way Alex texts.”</source>
        <translation>Optional, z. B. „Du bist Alex. Antworte so, wie Alex schreibt.“</translation>
    </message>
    <message>
        <source>A persona prompt put before every example&apos;s instruction</source>
        <translation>Eine Persona-Anweisung, die jeder Beispielanweisung vorangestellt wird</translation>
    </message>
    <message>
        <source>Join them in one turn</source>
        <translation>In einem Beitrag zusammenfassen</translation>
    </message>
    <message>
        <source>One turn each (weighted)</source>
        <translation>Je ein Beitrag (gewichtet)</translation>
    </message>
    <message>
        <source>How several of your messages in a row become chat turns; one turn each is only possible in the chat messages format.</source>
        <translation>Wie mehrere deiner Nachrichten hintereinander zu Chat-Beiträgen werden; je ein Beitrag ist nur im Format „Chat-Nachrichten“ möglich.</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>&amp;Systemanweisung:</translation>
    </message>
    <message>
        <source>Your messages in a &amp;row:</source>
        <translation>Deine Nachrichten &amp;hintereinander:</translation>
    </message>
    <message>
        <source>Extras</source>
        <translation>Extras</translation>
    </message>
    <message>
        <source>Metadata in every row</source>
        <translation>Metadaten in jeder Zeile</translation>
    </message>
    <message>
        <source>Example id, type and source message ids (trainers ignore it; it lets you trace a row back)</source>
        <translation>Beispiel-ID, Art und IDs der Quellnachrichten (Trainer ignorieren sie; so lässt sich eine Zeile zurückverfolgen)</translation>
    </message>
    <message>
        <source>Style analysis beside the file (.style.json)</source>
        <translation>Stilanalyse neben der Datei (.style.json)</translation>
    </message>
    <message>
        <source>Register in LLaMA-Factory&apos;s dataset_info.json</source>
        <translation>In der dataset_info.json von LLaMA-Factory eintragen</translation>
    </message>
    <message>
        <source>Dataset name</source>
        <translation>Name des Datensatzes</translation>
    </message>
    <message>
        <source>Dataset &amp;name:</source>
        <translation>&amp;Name des Datensatzes:</translation>
    </message>
    <message>
        <source>Nothing to export yet</source>
        <translation>Noch nichts zu exportieren</translation>
    </message>
    <message>
        <source>Choose chats in the Overview; once examples are generated you can review them and export the dataset here.</source>
        <translation>Wähle Chats in der Übersicht; sobald Beispiele erzeugt sind, kannst du sie prüfen und den Datensatz hier exportieren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 examples&lt;/b&gt; will be written (%3).</source>
        <translation>&lt;b&gt;%1 von %2 Beispielen&lt;/b&gt; werden geschrieben (%3).</translation>
    </message>
    <message>
        <source>only the ones you accepted</source>
        <translation>nur die angenommenen</translation>
    </message>
    <message>
        <source>all except the ones you rejected</source>
        <translation>alle außer den abgelehnten</translation>
    </message>
    <message>
        <source>No example matches; accept some on the Review page or include the unreviewed ones.</source>
        <translation>Kein Beispiel passt; nimm auf der Seite „Prüfen“ welche an oder nimm die ungeprüften mit.</translation>
    </message>
    <message>
        <source>Checking the examples…</source>
        <translation>Beispiele werden geprüft…</translation>
    </message>
    <message>
        <source>Checking the dataset</source>
        <translation>Datensatz wird geprüft</translation>
    </message>
    <message numerus="yes">
        <source>✔ All %Ln example(s) pass the format&apos;s rules.</source>
        <translation>
            <numerusform>✔ Das Beispiel erfüllt die Regeln des Formats.</numerusform>
            <numerusform>✔ Alle %Ln Beispiele erfüllen die Regeln des Formats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln example(s) break the format&apos;s rules and will not be written:</source>
        <translation>
            <numerusform>%Ln Beispiel verletzt die Regeln des Formats und wird nicht geschrieben:</numerusform>
            <numerusform>%Ln Beispiele verletzen die Regeln des Formats und werden nicht geschrieben:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Dataset</source>
        <translation>Datensatz exportieren</translation>
    </message>
    <message>
        <source>Datasets (*.jsonl *.jsonl.gz *.json *.json.gz)</source>
        <translation>Datensätze (*.jsonl *.jsonl.gz *.json *.json.gz)</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Wrote %Ln example(s)&lt;/b&gt; (%1) to %2.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln Beispiel geschrieben&lt;/b&gt; (%1) nach %2.</numerusform>
            <numerusform>&lt;b&gt;%Ln Beispiele geschrieben&lt;/b&gt; (%1) nach %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>LLaMA-Factory can load it as “%1” from that folder.</source>
        <translation>LLaMA-Factory kann ihn aus diesem Ordner als „%1“ laden.</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln example(s) broke the format&apos;s rules and were left out.</source>
        <translation>
            <numerusform>%Ln Beispiel verletzte die Regeln des Formats und wurde weggelassen.</numerusform>
            <numerusform>%Ln Beispiele verletzten die Regeln des Formats und wurden weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the preview</source>
        <translation>Vorschau wird vorbereitet</translation>
    </message>
    <message>
        <source>Adds or updates this dataset&apos;s entry in dataset_info.json in the same folder (JSON Lines only, and not with separate burst turns: LLaMA-Factory skips rows whose turns do not alternate)</source>
        <translation>Fügt den Eintrag dieses Datensatzes in dataset_info.json im selben Ordner hinzu oder aktualisiert ihn (nur JSON Lines und nicht mit getrennten Zügen: LLaMA-Factory überspringt Zeilen, deren Züge nicht abwechseln)</translation>
    </message>
    <message>
        <source>conversations with human and gpt turns, as LLaMA-Factory&apos;s sharegpt format and FastChat expect (set mask_history in LLaMA-Factory to learn only the last turn).</source>
        <translation>Gespräche mit human- und gpt-Zügen, wie sie LLaMA-Factorys sharegpt-Format und FastChat erwarten (mask_history in LLaMA-Factory setzen, damit nur der letzte Zug gelernt wird).</translation>
    </message>
    <message>
        <source>messages with system, user and assistant roles, as OpenAI fine-tuning, Axolotl&apos;s chat_template and Unsloth expect; only the last turn has weight 1 (Axolotl: message_field_training: weight).</source>
        <translation>Nachrichten mit den Rollen system, user und assistant, wie sie OpenAI-Feinabstimmung, Axolotls chat_template und Unsloth erwarten; nur der letzte Zug hat das Gewicht 1 (Axolotl: message_field_training: weight).</translation>
    </message>
</context>
<context>
    <name>idiolect::ExtrasController</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;What Is Idiolect?</source>
        <translation>&amp;Was ist Idiolect?</translation>
    </message>
    <message>
        <source>&amp;Enrich Links and Photos</source>
        <translation>Links und Fotos &amp;anreichern</translation>
    </message>
    <message>
        <source>Enrichment &amp;Results…</source>
        <translation>&amp;Ergebnisse der Anreicherung …</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnose</translation>
    </message>
    <message>
        <source>Add the text behind shared links and describe photos, as set in the preferences</source>
        <translation>Text hinter geteilten Links ergänzen und Fotos beschreiben, wie in den Einstellungen festgelegt</translation>
    </message>
    <message>
        <source>See and edit what enrichment added</source>
        <translation>Ansehen und bearbeiten, was die Anreicherung ergänzt hat</translation>
    </message>
    <message>
        <source>Timings, counts, memory and responsiveness</source>
        <translation>Zeiten, Zahlen, Speicher und Reaktionszeit</translation>
    </message>
    <message>
        <source>Language, appearance and enrichment</source>
        <translation>Sprache, Erscheinungsbild und Anreicherung</translation>
    </message>
    <message>
        <source>Windows, episodes, bursts and anonymization explained in plain words</source>
        <translation>Fenster, Episoden, Serien und Anonymisierung in einfachen Worten erklärt</translation>
    </message>
    <message>
        <source>Enrichment failed: %1</source>
        <translation>Anreicherung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Enrichment finished: %Ln message(s) changed; %1 posts and %2 photos could not be loaded.</source>
        <translation>
            <numerusform>Anreicherung abgeschlossen: %Ln Nachricht geändert; %1 Beiträge und %2 Fotos konnten nicht geladen werden.</numerusform>
            <numerusform>Anreicherung abgeschlossen: %Ln Nachrichten geändert; %1 Beiträge und %2 Fotos konnten nicht geladen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the Internet?</source>
        <translation>Das Internet verwenden?</translation>
    </message>
    <message>
        <source>%1 Your messages, names and phone numbers are never sent. Continue?</source>
        <translation>%1 Deine Nachrichten, Namen und Telefonnummern werden nie gesendet. Fortfahren?</translation>
    </message>
</context>
<context>
    <name>idiolect::GeneralPreferencesPage</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time you start Idiolect.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Idiolect.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>Import cache</source>
        <translation>Import-Zwischenspeicher</translation>
    </message>
    <message>
        <source>&amp;Keep a snapshot of opened exports so they reopen instantly</source>
        <translation>&amp;Momentaufnahmen geöffneter Exporte behalten, damit sie sofort wieder geöffnet werden</translation>
    </message>
    <message>
        <source>Reopening an unchanged export then reads the snapshot instead of parsing the export again. Changed exports are always imported afresh.</source>
        <translation>Ein unveränderter Export wird dann aus der Momentaufnahme gelesen, statt ihn erneut einzulesen. Geänderte Exporte werden immer neu importiert.</translation>
    </message>
    <message>
        <source>&amp;Delete Snapshots</source>
        <translation>Momentaufnahmen &amp;löschen</translation>
    </message>
    <message numerus="yes">
        <source>Snapshots contain your messages. They are readable only by your user account and stay in %1; at most %n are kept.</source>
        <translation>
            <numerusform>Momentaufnahmen enthalten Ihre Nachrichten. Nur Ihr Benutzerkonto kann sie lesen, und sie bleiben in %1; höchstens %n wird behalten.</numerusform>
            <numerusform>Momentaufnahmen enthalten Ihre Nachrichten. Nur Ihr Benutzerkonto kann sie lesen, und sie bleiben in %1; höchstens %n werden behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are none now.</source>
        <translation>Derzeit gibt es keine.</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) now take %1.</source>
        <translation>
            <numerusform>%n Momentaufnahme belegt derzeit %1.</numerusform>
            <numerusform>%n Momentaufnahmen belegen derzeit %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idiolect::GenerationController</name>
    <message>
        <source>Generating examples</source>
        <translation>Beispiele werden erzeugt</translation>
    </message>
</context>
<context>
    <name>idiolect::GenerationPanel</name>
    <message>
        <source>Turn on at least one kind of example.</source>
        <translation>Schalte mindestens eine Art von Beispielen ein.</translation>
    </message>
    <message>
        <source>Conversation windows</source>
        <translation>Gesprächsfenster</translation>
    </message>
    <message>
        <source>Your reply with the messages just before it as context.</source>
        <translation>Deine Antwort mit den Nachrichten direkt davor als Kontext.</translation>
    </message>
    <message>
        <source>Context size</source>
        <translation>Kontextgröße</translation>
    </message>
    <message>
        <source>How many earlier messages (from both sides) form the context of your reply.</source>
        <translation>Wie viele frühere Nachrichten (beider Seiten) den Kontext deiner Antwort bilden.</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> Nachrichten</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>Keep every n-th window of a chat. 1 keeps all; larger values give fewer, less overlapping examples.</source>
        <translation>Jedes n-te Fenster eines Chats behalten. 1 behält alle; größere Werte ergeben weniger, sich weniger überlappende Beispiele.</translation>
    </message>
    <message>
        <source>Minimum messages</source>
        <translation>Mindestzahl an Nachrichten</translation>
    </message>
    <message>
        <source>A window needs at least this many messages including your reply; shorter chats give no windows.</source>
        <translation>Ein Fenster braucht mindestens so viele Nachrichten einschließlich deiner Antwort; kürzere Chats ergeben keine Fenster.</translation>
    </message>
    <message>
        <source>Bursts</source>
        <translation>Nachrichtenserien</translation>
    </message>
    <message>
        <source>How you split one thought over several quick messages.</source>
        <translation>Wie du einen Gedanken auf mehrere schnelle Nachrichten verteilst.</translation>
    </message>
    <message>
        <source>Burst gap</source>
        <translation>Abstand in einer Serie</translation>
    </message>
    <message>
        <source>Your messages closer together than this count as one burst. Also used by the style analysis.</source>
        <translation>Deine Nachrichten, die näher beieinander liegen, zählen als eine Serie. Wird auch von der Stilanalyse verwendet.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Smallest burst</source>
        <translation>Kleinste Serie</translation>
    </message>
    <message>
        <source>Fewer messages in a row are not a burst.</source>
        <translation>Weniger Nachrichten hintereinander sind keine Serie.</translation>
    </message>
    <message>
        <source>Largest burst</source>
        <translation>Größte Serie</translation>
    </message>
    <message>
        <source>Longer runs are cut into pieces of at most this size.</source>
        <translation>Längere Folgen werden in Stücke höchstens dieser Größe geteilt.</translation>
    </message>
    <message>
        <source>Partner-adapted replies</source>
        <translation>An Gesprächspartner angepasste Antworten</translation>
    </message>
    <message>
        <source>How you write differently to different people.</source>
        <translation>Wie du verschiedenen Menschen unterschiedlich schreibst.</translation>
    </message>
    <message>
        <source>Style difference</source>
        <translation>Stilunterschied</translation>
    </message>
    <message>
        <source>Only partners whose message length differs from yours by at least this share (0.5 = half) get adapted examples.</source>
        <translation>Nur Gesprächspartner, deren Nachrichtenlänge mindestens um diesen Anteil von deiner abweicht (0,5 = die Hälfte), bekommen angepasste Beispiele.</translation>
    </message>
    <message>
        <source>Conversations needed</source>
        <translation>Nötige Gespräche</translation>
    </message>
    <message>
        <source>A partner needs at least this many conversations with you to judge their style.</source>
        <translation>So viele Gespräche mit dir braucht ein Gesprächspartner mindestens, um seinen Stil zu beurteilen.</translation>
    </message>
    <message>
        <source>Adaptation level</source>
        <translation>Anpassungsgrad</translation>
    </message>
    <message>
        <source>Only partners you adapt to at least this much (0 = any, 1 = you write exactly like them).</source>
        <translation>Nur Gesprächspartner, an die du dich mindestens so stark anpasst (0 = alle, 1 = du schreibst genau wie sie).</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>Vervollständigungen</translation>
    </message>
    <message>
        <source>Finish a message you started writing.</source>
        <translation>Eine angefangene Nachricht zu Ende schreiben.</translation>
    </message>
    <message>
        <source>Shortest message</source>
        <translation>Kürzeste Nachricht</translation>
    </message>
    <message>
        <source>Only messages at least this long are split.</source>
        <translation>Nur Nachrichten mit mindestens dieser Länge werden geteilt.</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>Split from</source>
        <translation>Teilen ab</translation>
    </message>
    <message>
        <source>The split point lies between these shares of the message, at a word boundary near the middle.</source>
        <translation>Die Teilungsstelle liegt zwischen diesen Anteilen der Nachricht, an einer Wortgrenze nahe der Mitte.</translation>
    </message>
    <message>
        <source>Split to</source>
        <translation>Teilen bis</translation>
    </message>
    <message>
        <source>See “Split from”.</source>
        <translation>Siehe „Teilen ab“.</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Fragen und Antworten</translation>
    </message>
    <message>
        <source>A partner&apos;s question and your answer.</source>
        <translation>Die Frage eines Gesprächspartners und deine Antwort.</translation>
    </message>
    <message>
        <source>Answer within</source>
        <translation>Antwort innerhalb von</translation>
    </message>
    <message>
        <source>Your answer must follow the question within this time.</source>
        <translation>Deine Antwort muss innerhalb dieser Zeit auf die Frage folgen.</translation>
    </message>
    <message>
        <source>Answer messages</source>
        <translation>Antwortnachrichten</translation>
    </message>
    <message>
        <source>How many of your consecutive quick messages form the answer.</source>
        <translation>Wie viele deiner schnell aufeinanderfolgenden Nachrichten die Antwort bilden.</translation>
    </message>
    <message>
        <source>Conversations (episodes)</source>
        <translation>Gespräche (Episoden)</translation>
    </message>
    <message>
        <source>Pause that ends one</source>
        <translation>Pause, die eines beendet</translation>
    </message>
    <message>
        <source>A pause longer than this ends a conversation. The preview marks such pauses, and partner adaptation counts conversations.</source>
        <translation>Eine längere Pause beendet ein Gespräch. Die Vorschau markiert solche Pausen, und die Partner-Anpassung zählt Gespräche.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Shortest</source>
        <translation>Kürzestes</translation>
    </message>
    <message>
        <source>Shorter conversations are ignored.</source>
        <translation>Kürzere Gespräche werden ignoriert.</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Längstes</translation>
    </message>
    <message>
        <source>Longer conversations are split into parts of this size.</source>
        <translation>Längere Gespräche werden in Teile dieser Größe geteilt.</translation>
    </message>
    <message>
        <source>Reset to Defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>Restore every setting on this panel to its default</source>
        <translation>Alle Einstellungen dieses Bereichs auf ihre Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>All examples</source>
        <translation>Alle Beispiele</translation>
    </message>
    <message>
        <source>Shortest message of yours</source>
        <translation>Deine kürzeste Nachricht</translation>
    </message>
    <message>
        <source>Your messages shorter than this are never a training target (they still appear as context).</source>
        <translation>Deine Nachrichten, die kürzer sind, werden nie zum Trainingsziel (im Kontext erscheinen sie trotzdem).</translation>
    </message>
    <message>
        <source>Leave out blocked chats and people</source>
        <translation>Blockierte Chats und Personen auslassen</translation>
    </message>
    <message>
        <source>Skip chats with people you blocked, and blocked members&apos; messages in groups.</source>
        <translation>Chats mit Personen, die du blockiert hast, und Nachrichten blockierter Mitglieder in Gruppen überspringen.</translation>
    </message>
    <message>
        <source>Show media as placeholders</source>
        <translation>Medien als Platzhalter zeigen</translation>
    </message>
    <message>
        <source>Photos, voice notes and stickers appear in the context as [image], [voice] ...</source>
        <translation>Fotos, Sprachnachrichten und Sticker erscheinen im Kontext als [image], [voice] …</translation>
    </message>
    <message>
        <source>Show calls and group changes</source>
        <translation>Anrufe und Gruppenänderungen zeigen</translation>
    </message>
    <message>
        <source>Calls and group updates appear in the context as placeholders.</source>
        <translation>Anrufe und Gruppenänderungen erscheinen im Kontext als Platzhalter.</translation>
    </message>
    <message>
        <source>Balance example types</source>
        <translation>Beispielarten ausgleichen</translation>
    </message>
    <message>
        <source>Cap each kind of example at a multiple of the median kind, so one kind does not drown the others.</source>
        <translation>Jede Beispielart auf ein Vielfaches der mittleren Art begrenzen, damit eine Art die anderen nicht verdrängt.</translation>
    </message>
    <message>
        <source>Balance ratio</source>
        <translation>Ausgleichsverhältnis</translation>
    </message>
    <message>
        <source>With balancing, no kind has more than this many times the median kind&apos;s examples.</source>
        <translation>Mit Ausgleich hat keine Art mehr als so viel Mal die Beispiele der mittleren Art.</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Höchstens</translation>
    </message>
    <message>
        <source>Sample fairly across kinds and chats down to this many examples (never just the first ones).</source>
        <translation>Gleichmäßig über Arten und Chats bis auf so viele Beispiele auswählen (nie einfach die ersten).</translation>
    </message>
    <message>
        <source> examples</source>
        <translation> Beispiele</translation>
    </message>
    <message>
        <source>Maximum examples</source>
        <translation>Höchstzahl an Beispielen</translation>
    </message>
    <message>
        <source>Sampling and shuffling depend only on this number: the same seed gives the same dataset.</source>
        <translation>Auswahl und Mischen hängen nur von dieser Zahl ab: Derselbe Startwert ergibt denselben Datensatz.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
</context>
<context>
    <name>idiolect::HeatmapView</name>
    <message numerus="yes">
        <source>%1, %2:00–%3:00: %Ln message(s)</source>
        <translation>
            <numerusform>%1, %2:00–%3:00 Uhr: %Ln Nachricht</numerusform>
            <numerusform>%1, %2:00–%3:00 Uhr: %Ln Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idiolect::HowItWorksDialog</name>
    <message>
        <source>What Idiolect does</source>
        <translation>Was Idiolect macht</translation>
    </message>
    <message>
        <source>Idiolect turns your Signal chat history into training examples for a language model, so the model learns to write the way you do: your length, your tone, your emoji, the way you answer different people.</source>
        <translation>Idiolect macht aus deinem Signal-Chatverlauf Trainingsbeispiele für ein Sprachmodell, damit das Modell so schreiben lernt wie du: deine Länge, dein Ton, deine Emoji, wie du verschiedenen Menschen antwortest.</translation>
    </message>
    <message>
        <source>Every example has an &lt;i&gt;instruction&lt;/i&gt;, the conversation so far as &lt;i&gt;input&lt;/i&gt;, and one of &lt;b&gt;your&lt;/b&gt; messages as the &lt;i&gt;output&lt;/i&gt; the model should learn to write. Your partners&apos; messages are only ever context.</source>
        <translation>Jedes Beispiel hat eine &lt;i&gt;Anweisung&lt;/i&gt;, das bisherige Gespräch als &lt;i&gt;Eingabe&lt;/i&gt; und eine &lt;b&gt;deiner&lt;/b&gt; Nachrichten als &lt;i&gt;Ausgabe&lt;/i&gt;, die das Modell schreiben lernen soll. Die Nachrichten deiner Gesprächspartner sind immer nur Kontext.</translation>
    </message>
    <message>
        <source>Conversation windows</source>
        <translation>Gesprächsfenster</translation>
    </message>
    <message>
        <source>A window is one of your messages together with the few messages right before it (five by default). Each window is marked &lt;i&gt;rapid&lt;/i&gt;, &lt;i&gt;moderate&lt;/i&gt; or &lt;i&gt;slow&lt;/i&gt; by how quickly the messages came, so a model can tell a quick back-and-forth from a slow exchange.</source>
        <translation>Ein Fenster ist eine deiner Nachrichten zusammen mit den wenigen Nachrichten direkt davor (standardmäßig fünf). Jedes Fenster wird als &lt;i&gt;schnell&lt;/i&gt;, &lt;i&gt;mittel&lt;/i&gt; oder &lt;i&gt;langsam&lt;/i&gt; markiert, je nachdem, wie rasch die Nachrichten kamen – so kann ein Modell ein schnelles Hin und Her von einem gemächlichen Austausch unterscheiden.</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episoden</translation>
    </message>
    <message>
        <source>An episode is one sitting of a conversation: messages that follow each other without a long pause (30 minutes by default). Episodes keep examples from mixing yesterday&apos;s topic into today&apos;s reply, and show who started and who ended a conversation.</source>
        <translation>Eine Episode ist ein zusammenhängender Gesprächsabschnitt: Nachrichten, die ohne lange Pause aufeinander folgen (standardmäßig 30 Minuten). Episoden verhindern, dass das Thema von gestern in die Antwort von heute rutscht, und zeigen, wer ein Gespräch begonnen und wer es beendet hat.</translation>
    </message>
    <message>
        <source>Bursts</source>
        <translation>Serien</translation>
    </message>
    <message>
        <source>Many people send several short messages in a row instead of one long one. A burst example gives the model the first messages of such a run and asks for the next, so it learns your rhythm as well as your words.</source>
        <translation>Viele Menschen schicken mehrere kurze Nachrichten hintereinander statt einer langen. Ein Serien-Beispiel gibt dem Modell die ersten Nachrichten einer solchen Folge und fragt nach der nächsten – so lernt es deinen Rhythmus ebenso wie deine Worte.</translation>
    </message>
    <message>
        <source>Adaptive examples</source>
        <translation>Angepasste Beispiele</translation>
    </message>
    <message>
        <source>You probably write differently to your best friend than to your landlord. For partners whose style clearly differs from yours (and with enough conversations), adaptive examples say how that person writes — &quot;keeps messages short&quot;, &quot;uses a lot of emoji&quot; — and ask for your reply to them.</source>
        <translation>Deiner besten Freundin schreibst du vermutlich anders als deinem Vermieter. Für Gesprächspartner, deren Stil sich deutlich von deinem unterscheidet (und mit genug Gesprächen), sagen angepasste Beispiele, wie diese Person schreibt – „hält Nachrichten kurz“, „verwendet viele Emoji“ – und fragen nach deiner Antwort an sie.</translation>
    </message>
    <message>
        <source>Completion and questions</source>
        <translation>Vervollständigen und Fragen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Completion&lt;/b&gt; cuts one of your longer messages near the middle and asks the model to finish it in your words.</source>
        <translation>&lt;b&gt;Vervollständigen&lt;/b&gt; schneidet eine deiner längeren Nachrichten etwa in der Mitte ab und lässt das Modell sie in deinen Worten zu Ende schreiben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Questions and answers&lt;/b&gt; pair a question someone asked you with the answer you gave within a few hours.</source>
        <translation>&lt;b&gt;Fragen und Antworten&lt;/b&gt; verbinden eine Frage, die dir jemand gestellt hat, mit der Antwort, die du innerhalb weniger Stunden gegeben hast.</translation>
    </message>
    <message>
        <source>Anonymization</source>
        <translation>Anonymisierung</translation>
    </message>
    <message>
        <source>Before anything is written, names, phone numbers, e-mail addresses and similar details can be replaced with consistent stand-ins: the same person always gets the same made-up name, so conversations still make sense.</source>
        <translation>Bevor etwas geschrieben wird, können Namen, Telefonnummern, E-Mail-Adressen und ähnliche Angaben durch einheitliche Platzhalter ersetzt werden: Dieselbe Person bekommt immer denselben erfundenen Namen, damit die Gespräche verständlich bleiben.</translation>
    </message>
    <message>
        <source>On the Privacy page you see each replacement next to the original, can choose another stand-in, and can mark words that are not names.</source>
        <translation>Auf der Seite „Datenschutz“ siehst du jede Ersetzung neben dem Original, kannst einen anderen Platzhalter wählen und Wörter markieren, die keine Namen sind.</translation>
    </message>
    <message>
        <source>Enrichment</source>
        <translation>Anreicherung</translation>
    </message>
    <message>
        <source>A message like &quot;haha look at this&quot; with a link teaches little on its own. Enrichment adds the text of the shared post or page from the preview Signal saved — without using the internet.</source>
        <translation>Eine Nachricht wie „haha schau mal“ mit einem Link sagt für sich allein wenig. Die Anreicherung ergänzt den Text des geteilten Beitrags oder der Seite aus der Vorschau, die Signal gespeichert hat – ohne das Internet zu nutzen.</translation>
    </message>
    <message>
        <source>Fetching posts that have no saved preview, and describing photos with an AI model, are off until you switch them on in the preferences, which say exactly what would be sent where.</source>
        <translation>Das Abrufen von Beiträgen ohne gespeicherte Vorschau und das Beschreiben von Fotos durch ein KI-Modell bleiben aus, bis du sie in den Einstellungen einschaltest – dort steht genau, was wohin gesendet würde.</translation>
    </message>
    <message>
        <source>Review, export and your data</source>
        <translation>Prüfen, Exportieren und deine Daten</translation>
    </message>
    <message>
        <source>You decide what goes into the dataset: accept, reject or edit examples on the Review page, then export them in the format your training tool expects.</source>
        <translation>Du entscheidest, was in den Datensatz kommt: Nimm Beispiele auf der Seite „Prüfen“ an, lehne sie ab oder bearbeite sie, und exportiere sie dann im Format, das dein Trainingswerkzeug erwartet.</translation>
    </message>
    <message>
        <source>Your chats never leave this computer unless you switch on an enrichment that needs the internet. Idiolect keeps your choices in a project file next to its other data, readable only by you.</source>
        <translation>Deine Chats verlassen diesen Computer nie, es sei denn, du schaltest eine Anreicherung ein, die das Internet braucht. Idiolect speichert deine Entscheidungen in einer Projektdatei bei seinen übrigen Daten, lesbar nur für dich.</translation>
    </message>
    <message>
        <source>What Is Idiolect?</source>
        <translation>Was ist Idiolect?</translation>
    </message>
</context>
<context>
    <name>idiolect::ImportController</name>
    <message>
        <source>There is no file or folder at this path.</source>
        <translation>An diesem Pfad gibt es keine Datei und keinen Ordner.</translation>
    </message>
    <message>
        <source>It may have been moved or deleted. Open it from its new place.</source>
        <translation>Vielleicht wurde sie verschoben oder gelöscht. Öffne sie an ihrem neuen Ort.</translation>
    </message>
    <message>
        <source>The export this project was made from is no longer there.</source>
        <translation>Der Export, aus dem dieses Projekt entstanden ist, ist nicht mehr da.</translation>
    </message>
    <message>
        <source>Move the export back, or open it again with “Open Export”.</source>
        <translation>Lege den Export zurück oder öffne ihn erneut mit „Export öffnen“.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
</context>
<context>
    <name>idiolect::InlineMessage</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, Zeile %1</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, Spalte %1</translation>
    </message>
    <message>
        <source> (“%1”)</source>
        <translation> („%1“)</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
</context>
<context>
    <name>idiolect::JobStatusWidget</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (und %n weitere)</numerusform>
            <numerusform>%1 (und %n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idiolect::MainWindow</name>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Your choices are saved automatically</source>
        <translation>Deine Auswahl wird automatisch gespeichert</translation>
    </message>
    <message>
        <source>Idiolect</source>
        <translation>Idiolect</translation>
    </message>
    <message>
        <source>%1 — Idiolect</source>
        <translation>%1 — Idiolect</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Open Export Folder</source>
        <translation>Export-Ordner öffnen</translation>
    </message>
    <message>
        <source>Exports and projects (*.sqlite *.db *.jsonl *.zip *.csv *.json *.%1);;Idiolect projects (*.%1);;All files (*)</source>
        <translation>Exporte und Projekte (*.sqlite *.db *.jsonl *.zip *.csv *.json *.%1);;Idiolect-Projekte (*.%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Export File or Project</source>
        <translation>Export-Datei oder Projekt öffnen</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Idiolect projects (*.%1)</source>
        <translation>Idiolect-Projekte (*.%1)</translation>
    </message>
    <message>
        <source>Saved a copy of the project to %1</source>
        <translation>Eine Kopie des Projekts wurde unter %1 gespeichert</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Quit Idiolect?</source>
        <translation>Idiolect beenden?</translation>
    </message>
    <message>
        <source>A task is still running. If you quit now it is canceled; your choices so far are saved.</source>
        <translation>Eine Aufgabe läuft noch. Wenn du jetzt beendest, wird sie abgebrochen; deine bisherige Auswahl ist gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Quit Without Saving?</source>
        <translation>Beenden, ohne zu speichern?</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Your latest changes could not be written to the project file.

%1

If you quit now, they are lost. Make room on the disk and close the window again, or discard them.</source>
        <translation>Ihre letzten Änderungen konnten nicht in die Projektdatei geschrieben werden.

%1

Wenn Sie jetzt beenden, gehen sie verloren. Schaffen Sie Platz auf dem Datenträger und schließen Sie das Fenster erneut, oder verwerfen Sie sie.</translation>
    </message>
</context>
<context>
    <name>idiolect::NavigationBar</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>idiolect::OverviewPage</name>
    <message>
        <source>Signal database tables (CSV)</source>
        <translation>Signal-Datenbanktabellen (CSV)</translation>
    </message>
    <message>
        <source>Signal database (SQLite)</source>
        <translation>Signal-Datenbank (SQLite)</translation>
    </message>
    <message>
        <source>Signal chat export</source>
        <translation>Signal-Chatexport</translation>
    </message>
    <message>
        <source>signal-export (Desktop)</source>
        <translation>signal-export (Desktop)</translation>
    </message>
    <message>
        <source>Unknown format</source>
        <translation>Unbekanntes Format</translation>
    </message>
    <message>
        <source>You chose this yourself.</source>
        <translation>Das hast du selbst gewählt.</translation>
    </message>
    <message>
        <source>Found from the sender of the messages you sent.</source>
        <translation>Ermittelt aus dem Absender deiner gesendeten Nachrichten.</translation>
    </message>
    <message>
        <source>Found from the recipient of the messages you received.</source>
        <translation>Ermittelt aus dem Empfänger deiner empfangenen Nachrichten.</translation>
    </message>
    <message>
        <source>Guessed from quotes, reactions and group membership.</source>
        <translation>Geschätzt aus Zitaten, Reaktionen und Gruppenmitgliedschaften.</translation>
    </message>
    <message>
        <source>Found from your Note to Self chat.</source>
        <translation>Ermittelt aus deinem Chat „Notiz an mich“.</translation>
    </message>
    <message>
        <source>The export names you.</source>
        <translation>Der Export nennt dich.</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ändern…</translation>
    </message>
    <message>
        <source>Choose which person in the export is you</source>
        <translation>Wählen, welche Person im Export du bist</translation>
    </message>
    <message>
        <source>Search chats (Ctrl+F)</source>
        <translation>Chats durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>All chats</source>
        <translation>Alle Chats</translation>
    </message>
    <message>
        <source>Used chats</source>
        <translation>Verwendete Chats</translation>
    </message>
    <message>
        <source>Unused chats</source>
        <translation>Nicht verwendete Chats</translation>
    </message>
    <message>
        <source>1:1 chats</source>
        <translation>1:1-Chats</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Use All Shown</source>
        <translation>Alle gezeigten verwenden</translation>
    </message>
    <message>
        <source>Use every chat the list currently shows</source>
        <translation>Jeden Chat verwenden, den die Liste gerade zeigt</translation>
    </message>
    <message>
        <source>Use None Shown</source>
        <translation>Keinen der gezeigten verwenden</translation>
    </message>
    <message>
        <source>Stop using every chat the list currently shows</source>
        <translation>Keinen Chat mehr verwenden, den die Liste gerade zeigt</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3 chats · %4 text messages, %5 of them yours · %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3 Chats · %4 Textnachrichten, %5 davon von dir · %6</translation>
    </message>
    <message>
        <source>You are &lt;b&gt;%1&lt;/b&gt;. %2</source>
        <translation>Du bist &lt;b&gt;%1&lt;/b&gt;. %2</translation>
    </message>
    <message>
        <source>Idiolect could not tell which person in this export is you.</source>
        <translation>Idiolect konnte nicht erkennen, welche Person in diesem Export du bist.</translation>
    </message>
    <message>
        <source>Choose yourself from the people in the export to continue.</source>
        <translation>Wähle dich aus den Personen im Export aus, um fortzufahren.</translation>
    </message>
    <message numerus="yes">
        <source>%n people could be you. Choose yourself to continue.</source>
        <translation>
            <numerusform>%n Person könnte du sein. Wähle dich aus, um fortzufahren.</numerusform>
            <numerusform>%n Personen könnten du sein. Wähle dich aus, um fortzufahren.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message numerus="yes">
        <source>(%n times)</source>
        <translation>
            <numerusform>(einmal)</numerusform>
            <numerusform>(%n-mal)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import finished with %n warning(s):</source>
        <translation>
            <numerusform>Der Import endete mit %n Warnung:</numerusform>
            <numerusform>Der Import endete mit %n Warnungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Using %1 of %2 chats · %3 of your messages in the time span</source>
        <translation>%1 von %2 Chats verwendet · %3 deiner Nachrichten im Zeitraum</translation>
    </message>
</context>
<context>
    <name>idiolect::PartnerCardDelegate</name>
    <message>
        <source>No strong traits</source>
        <translation>Keine ausgeprägten Merkmale</translation>
    </message>
    <message>
        <source>You adapt: %1 %</source>
        <translation>Du passt dich an: %1 %</translation>
    </message>
</context>
<context>
    <name>idiolect::PartnerProfileModel</name>
    <message>
        <source>Lengthy texter</source>
        <translation>Schreibt ausführlich</translation>
    </message>
    <message>
        <source>Concise texter</source>
        <translation>Schreibt knapp</translation>
    </message>
    <message>
        <source>Burst texter</source>
        <translation>Schreibt in Salven</translation>
    </message>
    <message>
        <source>Emoji lover</source>
        <translation>Liebt Emojis</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <source>long messages</source>
        <translation>lange Nachrichten</translation>
    </message>
    <message>
        <source>short messages</source>
        <translation>kurze Nachrichten</translation>
    </message>
    <message>
        <source>many messages in a row</source>
        <translation>viele Nachrichten hintereinander</translation>
    </message>
    <message>
        <source>lots of emoji</source>
        <translation>viele Emojis</translation>
    </message>
    <message>
        <source>replies fast</source>
        <translation>antwortet schnell</translation>
    </message>
    <message>
        <source>replies slowly</source>
        <translation>antwortet langsam</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Direct chat</source>
        <translation>Einzelchat</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln message(s), %2 characters on average</source>
        <translation>
            <numerusform>%1: %Ln Nachricht, im Schnitt %2 Zeichen</numerusform>
            <numerusform>%1: %Ln Nachrichten, im Schnitt %2 Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>They</source>
        <translation>Gegenüber</translation>
    </message>
    <message numerus="yes">
        <source>You: %Ln message(s), %1 characters on average (%2 overall)</source>
        <translation>
            <numerusform>Du: %Ln Nachricht, im Schnitt %1 Zeichen (insgesamt %2)</numerusform>
            <numerusform>Du: %Ln Nachrichten, im Schnitt %1 Zeichen (insgesamt %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idiolect::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Enrichment</source>
        <translation>Anreicherung</translation>
    </message>
</context>
<context>
    <name>idiolect::PreviewItemsModel</name>
    <message numerus="yes">
        <source>#%1 · %2 · %3 · %n before</source>
        <translation>
            <numerusform>#%1 · %2 · %3 · %n davor</numerusform>
            <numerusform>#%1 · %2 · %3 · %n davor</numerusform>
        </translation>
    </message>
    <message>
        <source>Your reply came %1 s after the last message; the context moved at %2 s per message on average.</source>
        <translation>Deine Antwort kam %1 s nach der letzten Nachricht; im Kontext lagen im Schnitt %2 s zwischen den Nachrichten.</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>#%1 · %n message(s)</source>
        <translation>
            <numerusform>#%1 · %n Nachricht</numerusform>
            <numerusform>#%1 · %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>part %1 of %2</source>
        <translation>Teil %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the messages are yours.</source>
        <translation>
            <numerusform>%Ln der Nachrichten ist von dir.</numerusform>
            <numerusform>%Ln der Nachrichten sind von dir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idiolect::PreviewPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Show or hide the generation settings</source>
        <translation>Die Einstellungen der Erzeugung zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Conversation windows: each of your replies with its context</source>
        <translation>Gesprächsfenster: jede deiner Antworten mit ihrem Kontext</translation>
    </message>
    <message>
        <source>Episodes: whole conversations between long pauses</source>
        <translation>Episoden: ganze Gespräche zwischen langen Pausen</translation>
    </message>
    <message>
        <source>Windows and episodes</source>
        <translation>Fenster und Episoden</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>No export open</source>
        <translation>Kein Export geöffnet</translation>
    </message>
    <message>
        <source>Open a Signal export on the Welcome page.</source>
        <translation>Öffne einen Signal-Export auf der Willkommensseite.</translation>
    </message>
    <message>
        <source>Nothing to preview yet</source>
        <translation>Noch nichts in der Vorschau</translation>
    </message>
    <message>
        <source>Choose at least one chat in the Overview and turn on at least one kind of example in the settings.</source>
        <translation>Wähle mindestens einen Chat in der Übersicht und schalte in den Einstellungen mindestens eine Beispielart ein.</translation>
    </message>
    <message>
        <source>Go to Overview</source>
        <translation>Zur Übersicht</translation>
    </message>
    <message>
        <source>Preparing the text…</source>
        <translation>Text wird vorbereitet…</translation>
    </message>
    <message>
        <source>Personal data is being replaced before anything is generated.</source>
        <translation>Persönliche Daten werden ersetzt, bevor irgendetwas erzeugt wird.</translation>
    </message>
    <message>
        <source>Generating examples…</source>
        <translation>Beispiele werden erzeugt…</translation>
    </message>
    <message>
        <source>This takes a moment for large exports. You can change settings meanwhile; the newest settings win.</source>
        <translation>Bei großen Exporten dauert das einen Moment. Du kannst derweil Einstellungen ändern; die neuesten gelten.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln example(s)&lt;/b&gt; from %1 messages in %2 chats</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln Beispiel&lt;/b&gt; aus %1 Nachrichten in %2 Chats</numerusform>
            <numerusform>&lt;b&gt;%Ln Beispiele&lt;/b&gt; aus %1 Nachrichten in %2 Chats</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the preview</source>
        <translation>Vorschau wird vorbereitet</translation>
    </message>
    <message>
        <source>Replies (%1)</source>
        <translation>Antworten (%1)</translation>
    </message>
    <message>
        <source>Conversations (%1)</source>
        <translation>Gespräche (%1)</translation>
    </message>
</context>
<context>
    <name>idiolect::PrivacyController</name>
    <message>
        <source>Finding personal data</source>
        <translation>Persönliche Daten werden gesucht</translation>
    </message>
</context>
<context>
    <name>idiolect::PrivacyHitModel</name>
    <message>
        <source>Replaced</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Message left out</source>
        <translation>Nachricht ausgelassen</translation>
    </message>
    <message>
        <source>Quote removed</source>
        <translation>Zitat entfernt</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>idiolect::PrivacyKindModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
</context>
<context>
    <name>idiolect::PrivacyMessageView</name>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>In the dataset</source>
        <translation>Im Datensatz</translation>
    </message>
    <message>
        <source>Original message</source>
        <translation>Ursprüngliche Nachricht</translation>
    </message>
    <message>
        <source>Message in the dataset</source>
        <translation>Nachricht im Datensatz</translation>
    </message>
    <message>
        <source>Select a finding to see its message before and after anonymization.</source>
        <translation>Wähle einen Fund, um seine Nachricht vor und nach der Anonymisierung zu sehen.</translation>
    </message>
    <message>
        <source>Message in “%1”, %2</source>
        <translation>Nachricht in „%1“, %2</translation>
    </message>
    <message>
        <source>Quoted text in a message in “%1”, %2</source>
        <translation>Zitierter Text in einer Nachricht in „%1“, %2</translation>
    </message>
    <message>
        <source>This message is left out of the dataset because it contains a sensitive keyword or a secret.</source>
        <translation>Diese Nachricht wird im Datensatz ausgelassen, weil sie ein heikles Stichwort oder ein Geheimnis enthält.</translation>
    </message>
    <message>
        <source>The quote is removed from the dataset.</source>
        <translation>Das Zitat wird aus dem Datensatz entfernt.</translation>
    </message>
</context>
<context>
    <name>idiolect::PrivacyPage</name>
    <message>
        <source>Only &amp;selected chats</source>
        <translation>Nur &amp;ausgewählte Chats</translation>
    </message>
    <message>
        <source>&amp;Hide accepted</source>
        <translation>Akzeptierte &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Mask found text</source>
        <translation>Gefundenen Text &amp;verdecken</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Akzeptieren</translation>
    </message>
    <message>
        <source>A&amp;llow Word</source>
        <translation>Wort &amp;erlauben</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Add &amp;Name</source>
        <translation>&amp;Namen hinzufügen</translation>
    </message>
    <message>
        <source>Finding personal data failed</source>
        <translation>Die Suche nach persönlichen Daten ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Search chats, found text and replacements</source>
        <translation>Chats, Funde und Ersetzungen durchsuchen</translation>
    </message>
    <message>
        <source>Show only findings in the chats that go into the dataset</source>
        <translation>Nur Funde in den Chats zeigen, die in den Datensatz eingehen</translation>
    </message>
    <message>
        <source>Hide the personal data itself, for example while sharing your screen</source>
        <translation>Die persönlichen Daten selbst verdecken, etwa beim Teilen des Bildschirms</translation>
    </message>
    <message>
        <source>Kinds of personal data</source>
        <translation>Arten persönlicher Daten</translation>
    </message>
    <message>
        <source>Mark this finding as reviewed: its replacement is fine (A)</source>
        <translation>Diesen Fund als geprüft markieren: Die Ersetzung passt (A)</translation>
    </message>
    <message>
        <source>This is not personal data: never replace this word again</source>
        <translation>Das sind keine persönlichen Daten: dieses Wort nie mehr ersetzen</translation>
    </message>
    <message>
        <source>Pseudonym for this person</source>
        <translation>Pseudonym für diese Person</translation>
    </message>
    <message>
        <source>Use this name for the person everywhere in the dataset</source>
        <translation>Diesen Namen überall im Datensatz für die Person verwenden</translation>
    </message>
    <message>
        <source>A name the detector missed</source>
        <translation>Ein Name, den die Erkennung übersehen hat</translation>
    </message>
    <message>
        <source>Treat this name like a contact&apos;s name and replace it everywhere</source>
        <translation>Diesen Namen wie den eines Kontakts behandeln und überall ersetzen</translation>
    </message>
    <message>
        <source>&amp;Pseudonym:</source>
        <translation>&amp;Pseudonym:</translation>
    </message>
    <message>
        <source>Missed &amp;a name?</source>
        <translation>Name &amp;übersehen?</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>No export open</source>
        <translation>Kein Export geöffnet</translation>
    </message>
    <message>
        <source>Open a Signal export to review the personal data in it.</source>
        <translation>Öffne einen Signal-Export, um die persönlichen Daten darin zu prüfen.</translation>
    </message>
    <message>
        <source>Looking for personal data…</source>
        <translation>Persönliche Daten werden gesucht …</translation>
    </message>
    <message>
        <source>Names, phone numbers, addresses, links and secrets are found on this computer; nothing is sent anywhere.</source>
        <translation>Namen, Telefonnummern, Adressen, Links und Geheimnisse werden auf diesem Computer gefunden; nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>%1 findings in %2 of %3 messages; %4 messages left out of the dataset.</source>
        <translation>%1 Funde in %2 von %3 Nachrichten; %4 Nachrichten werden im Datensatz ausgelassen.</translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation>%1 angezeigt.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message>
        <source>Un&amp;accept</source>
        <translation>Nicht mehr &amp;akzeptieren</translation>
    </message>
    <message>
        <source>A&amp;llow “%1”</source>
        <translation>„%1“ &amp;erlauben</translation>
    </message>
    <message>
        <source>Only people get chosen pseudonyms; other kinds become numbered placeholders such as &lt;PHONE_1&gt;</source>
        <translation>Nur Personen bekommen gewählte Pseudonyme; andere Arten werden zu nummerierten Platzhaltern wie &lt;PHONE_1&gt;</translation>
    </message>
</context>
<context>
    <name>idiolect::RecentFilesModel</name>
    <message>
        <source>%1 (no longer there)</source>
        <translation>%1 (nicht mehr vorhanden)</translation>
    </message>
    <message>
        <source>Demo export</source>
        <translation>Demo-Export</translation>
    </message>
</context>
<context>
    <name>idiolect::RecipientListModel</name>
    <message>
        <source>Suggested</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Current choice</source>
        <translation>Aktuelle Auswahl</translation>
    </message>
</context>
<context>
    <name>idiolect::ReviewDetail</name>
    <message>
        <source>Accept (A)</source>
        <translation>Annehmen (A)</translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation>Ablehnen (R)</translation>
    </message>
    <message>
        <source>Edit (E)</source>
        <translation>Bearbeiten (E)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Use this example in the dataset and go to the next one</source>
        <translation>Dieses Beispiel in den Datensatz aufnehmen und zum nächsten gehen</translation>
    </message>
    <message>
        <source>Leave this example out of the dataset and go to the next one</source>
        <translation>Dieses Beispiel aus dem Datensatz lassen und zum nächsten gehen</translation>
    </message>
    <message>
        <source>Change what your message says in this example</source>
        <translation>Ändern, was deine Nachricht in diesem Beispiel sagt</translation>
    </message>
    <message>
        <source>Back to pending, without your edit</source>
        <translation>Zurück auf offen, ohne deine Bearbeitung</translation>
    </message>
    <message>
        <source>Your message in this example (Ctrl+Enter saves, Esc cancels):</source>
        <translation>Deine Nachricht in diesem Beispiel (Strg+Eingabe speichert, Esc bricht ab):</translation>
    </message>
    <message>
        <source>Select an example to see it here.</source>
        <translation>Wähle ein Beispiel aus, um es hier zu sehen.</translation>
    </message>
    <message>
        <source>%1, edited</source>
        <translation>%1, bearbeitet</translation>
    </message>
</context>
<context>
    <name>idiolect::ReviewPage</name>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Any pace</source>
        <translation>Jedes Tempo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search examples</source>
        <translation>Beispiele durchsuchen</translation>
    </message>
    <message>
        <source>Apply to All Shown</source>
        <translation>Auf alle gezeigten anwenden</translation>
    </message>
    <message>
        <source>Give every example the filter shows the same verdict (undoable)</source>
        <translation>Jedem Beispiel, das der Filter zeigt, dieselbe Entscheidung geben (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Accept All Shown</source>
        <translation>Alle gezeigten annehmen</translation>
    </message>
    <message>
        <source>Reject All Shown</source>
        <translation>Alle gezeigten ablehnen</translation>
    </message>
    <message>
        <source>Reset All Shown to Pending</source>
        <translation>Alle gezeigten auf offen zurücksetzen</translation>
    </message>
    <message>
        <source>All chats</source>
        <translation>Alle Chats</translation>
    </message>
    <message>
        <source>Generating examples…</source>
        <translation>Beispiele werden erzeugt…</translation>
    </message>
    <message>
        <source>They appear here as soon as they are ready.</source>
        <translation>Sie erscheinen hier, sobald sie fertig sind.</translation>
    </message>
    <message>
        <source>No examples</source>
        <translation>Keine Beispiele</translation>
    </message>
    <message>
        <source>The current settings make no examples from the chosen chats. Try more chats, a longer time span or other settings.</source>
        <translation>Die aktuellen Einstellungen erzeugen aus den gewählten Chats keine Beispiele. Versuche mehr Chats, einen längeren Zeitraum oder andere Einstellungen.</translation>
    </message>
    <message>
        <source>Open the Preview</source>
        <translation>Vorschau öffnen</translation>
    </message>
    <message>
        <source>Nothing to review yet</source>
        <translation>Noch nichts zu prüfen</translation>
    </message>
    <message>
        <source>Choose chats in the Overview; the examples made from them appear here for you to accept, reject or edit.</source>
        <translation>Wähle Chats in der Übersicht; die daraus erzeugten Beispiele erscheinen hier, damit du sie annehmen, ablehnen oder bearbeiten kannst.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; examples · %2 pending · %3 accepted · %4 rejected · %5 edited · %6 shown</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Beispiele · %2 offen · %3 angenommen · %4 abgelehnt · %5 bearbeitet · %6 gezeigt</translation>
    </message>
    <message>
        <source>Accept example</source>
        <translation>Beispiel annehmen</translation>
    </message>
    <message>
        <source>Reject example</source>
        <translation>Beispiel ablehnen</translation>
    </message>
    <message numerus="yes">
        <source>Apply a verdict to %Ln example(s)</source>
        <translation>
            <numerusform>Entscheidung auf %Ln Beispiel anwenden</numerusform>
            <numerusform>Entscheidung auf %Ln Beispiele anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit example</source>
        <translation>Beispiel bearbeiten</translation>
    </message>
    <message>
        <source>Reset example</source>
        <translation>Beispiel zurücksetzen</translation>
    </message>
</context>
<context>
    <name>idiolect::SelfPanel</name>
    <message>
        <source>Which of these people are you? Your messages become the answers in the training data, so this has to be right.</source>
        <translation>Welche dieser Personen bist du? Deine Nachrichten werden zu den Antworten in den Trainingsdaten, deshalb muss das stimmen.</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Personen durchsuchen</translation>
    </message>
    <message>
        <source>People in the export</source>
        <translation>Personen im Export</translation>
    </message>
    <message>
        <source>Use This Person</source>
        <translation>Diese Person verwenden</translation>
    </message>
</context>
<context>
    <name>idiolect::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>idiolect::StylePage</name>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Vergleichen mit:</translation>
    </message>
    <message>
        <source>Show your messages in one chat next to the other side&apos;s</source>
        <translation>Deine Nachrichten in einem Chat neben denen der Gegenseite zeigen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Gesprächspartner</translation>
    </message>
    <message>
        <source>No export open</source>
        <translation>Kein Export geöffnet</translation>
    </message>
    <message>
        <source>Open a Signal export to see how you write.</source>
        <translation>Öffne einen Signal-Export, um zu sehen, wie du schreibst.</translation>
    </message>
    <message>
        <source>Double-click a card to compare your style with that chat</source>
        <translation>Doppelklicke eine Karte, um deinen Stil mit diesem Chat zu vergleichen</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Choose Chats…</source>
        <translation>Chats auswählen …</translation>
    </message>
    <message>
        <source>No chats selected</source>
        <translation>Keine Chats ausgewählt</translation>
    </message>
    <message>
        <source>Include at least one chat on the Overview page to analyse your style.</source>
        <translation>Wähle auf der Übersichtsseite mindestens einen Chat aus, um deinen Stil zu analysieren.</translation>
    </message>
    <message>
        <source>Analysing your style…</source>
        <translation>Dein Stil wird analysiert …</translation>
    </message>
    <message>
        <source>Counting lengths, reply times, emoji and words in the selected chats.</source>
        <translation>Längen, Antwortzeiten, Emojis und Wörter in den ausgewählten Chats werden gezählt.</translation>
    </message>
    <message>
        <source>Analysing style</source>
        <translation>Stil wird analysiert</translation>
    </message>
    <message>
        <source>The analysis failed</source>
        <translation>Die Analyse ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>None of your messages in the selection</source>
        <translation>Keine deiner Nachrichten in der Auswahl</translation>
    </message>
    <message>
        <source>Include chats where you wrote something, or widen the date range.</source>
        <translation>Wähle Chats, in denen du etwas geschrieben hast, oder erweitere den Zeitraum.</translation>
    </message>
    <message>
        <source>Nobody (your overall style)</source>
        <translation>Niemandem (dein Stil insgesamt)</translation>
    </message>
    <message>
        <source>You with %1</source>
        <translation>Du mit %1</translation>
    </message>
    <message>
        <source>You (all chats)</source>
        <translation>Du (alle Chats)</translation>
    </message>
    <message>
        <source>When you write to %1</source>
        <translation>Wann du %1 schreibst</translation>
    </message>
    <message>
        <source>When %1 writes</source>
        <translation>Wann %1 schreibt</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>When you write (weekday × hour)</source>
        <translation>Wann du schreibst (Wochentag × Stunde)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) of yours</source>
        <translation>
            <numerusform>%Ln Nachricht von dir</numerusform>
            <numerusform>%Ln Nachrichten von dir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln Chat</numerusform>
            <numerusform>%Ln Chats</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 characters on average</source>
        <translation>im Schnitt %1 Zeichen</translation>
    </message>
    <message>
        <source>%1 % with emoji</source>
        <translation>%1 % mit Emoji</translation>
    </message>
    <message>
        <source>median reply after %1 s</source>
        <translation>Antwort im Median nach %1 s</translation>
    </message>
    <message>
        <source>median reply after %1 min</source>
        <translation>Antwort im Median nach %1 Min.</translation>
    </message>
</context>
<context>
    <name>idiolect::ThreadTableModel</name>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Note to self</source>
        <translation>Notiz an mich</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Use this chat for training data</source>
        <translation>Diesen Chat für Trainingsdaten verwenden</translation>
    </message>
    <message>
        <source>You wrote nothing in this chat, so it adds no examples.</source>
        <translation>Du hast in diesem Chat nichts geschrieben, daher ergibt er keine Beispiele.</translation>
    </message>
    <message>
        <source>You blocked this contact.</source>
        <translation>Du hast diesen Kontakt blockiert.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Deine</translation>
    </message>
    <message>
        <source>In span</source>
        <translation>Im Zeitraum</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzte</translation>
    </message>
    <message>
        <source>Whether the chat is used to make training data</source>
        <translation>Ob der Chat zum Erzeugen von Trainingsdaten verwendet wird</translation>
    </message>
    <message>
        <source>Text messages in the chat (both sides)</source>
        <translation>Textnachrichten im Chat (beide Seiten)</translation>
    </message>
    <message>
        <source>Text messages you wrote</source>
        <translation>Textnachrichten, die du geschrieben hast</translation>
    </message>
    <message>
        <source>Text messages you wrote within the chosen time span</source>
        <translation>Textnachrichten, die du im gewählten Zeitraum geschrieben hast</translation>
    </message>
    <message>
        <source>Date of the first text message</source>
        <translation>Datum der ersten Textnachricht</translation>
    </message>
    <message>
        <source>Date of the last text message</source>
        <translation>Datum der letzten Textnachricht</translation>
    </message>
</context>
<context>
    <name>idiolect::WelcomePage</name>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Idiolect</source>
        <translation>Idiolect</translation>
    </message>
    <message>
        <source>Turn your Signal chat history into training data for a language model that writes the way you do.</source>
        <translation>Mach aus deinem Signal-Chatverlauf Trainingsdaten für ein Sprachmodell, das so schreibt wie du.</translation>
    </message>
    <message>
        <source>Everything stays on this computer. Nothing is sent anywhere unless you switch on an enrichment yourself.</source>
        <translation>Alles bleibt auf diesem Computer. Nichts wird irgendwohin gesendet, außer du schaltest selbst eine Anreicherung ein.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Loslegen</translation>
    </message>
    <message>
        <source>Open Export &amp;Folder…</source>
        <translation>Export-&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>A folder from signalbackup-tools, Signal&apos;s own chat export or signal-export</source>
        <translation>Ein Ordner von signalbackup-tools, dem Chatexport von Signal selbst oder signal-export</translation>
    </message>
    <message>
        <source>Open Export F&amp;ile…</source>
        <translation>Export-&amp;Datei öffnen…</translation>
    </message>
    <message>
        <source>A database.sqlite, a main.jsonl, a ZIP archive or an Idiolect project</source>
        <translation>Eine database.sqlite, eine main.jsonl, ein ZIP-Archiv oder ein Idiolect-Projekt</translation>
    </message>
    <message>
        <source>Try the &amp;Demo Export</source>
        <translation>&amp;Demo-Export ausprobieren</translation>
    </message>
    <message>
        <source>Open a small made-up export to look around</source>
        <translation>Einen kleinen erfundenen Export öffnen, um sich umzusehen</translation>
    </message>
    <message>
        <source>Or drop an export folder or file anywhere on this window.</source>
        <translation>Oder zieh einen Export-Ordner oder eine Datei irgendwo auf dieses Fenster.</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Recently opened exports</source>
        <translation>Zuletzt geöffnete Exporte</translation>
    </message>
    <message>
        <source>Exports you open appear here, so you can come back to them and continue where you left off.</source>
        <translation>Exporte, die du öffnest, erscheinen hier, damit du zu ihnen zurückkehren und dort weitermachen kannst, wo du aufgehört hast.</translation>
    </message>
    <message>
        <source>Getting an export out of Signal</source>
        <translation>So bekommst du einen Export aus Signal</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Signal on Android, classic backup:&lt;/b&gt; decrypt it with &lt;i&gt;signalbackup-tools&lt;/i&gt; (&lt;tt&gt;-o folder&lt;/tt&gt; or &lt;tt&gt;--exportcsv&lt;/tt&gt;) and open the folder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Signal on Android 8.10 or newer:&lt;/b&gt; Settings → Chats → Export chat history, then open the folder or the ZIP.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Signal Desktop:&lt;/b&gt; export with &lt;i&gt;signal-export&lt;/i&gt; and open its folder.&lt;/p&gt;&lt;p&gt;Idiolect recognises the format by what is inside; file names do not matter.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Signal auf Android, klassische Sicherung:&lt;/b&gt; mit &lt;i&gt;signalbackup-tools&lt;/i&gt; entschlüsseln (&lt;tt&gt;-o Ordner&lt;/tt&gt; oder &lt;tt&gt;--exportcsv&lt;/tt&gt;) und den Ordner öffnen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Signal auf Android 8.10 oder neuer:&lt;/b&gt; Einstellungen → Chats → Chatverlauf exportieren, dann den Ordner oder die ZIP-Datei öffnen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Signal Desktop:&lt;/b&gt; mit &lt;i&gt;signal-export&lt;/i&gt; exportieren und dessen Ordner öffnen.&lt;/p&gt;&lt;p&gt;Idiolect erkennt das Format am Inhalt; Dateinamen spielen keine Rolle.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>The import was canceled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Import Anyway</source>
        <translation>Trotzdem importieren</translation>
    </message>
    <message>
        <source>Repair broken text and skip unreadable lines; each repair is listed in the overview.</source>
        <translation>Kaputten Text reparieren und unlesbare Zeilen überspringen; jede Reparatur wird in der Übersicht aufgeführt.</translation>
    </message>
    <message>
        <source>Remove from Recent</source>
        <translation>Aus „Zuletzt geöffnet“ entfernen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>What is this? How Idiolect turns chats into examples</source>
        <translation>Was ist das? So macht Idiolect aus Chats Beispiele</translation>
    </message>
</context>
<context>
    <name>idiolect::ZipEntryDevice</name>
    <message>
        <source>The ZIP entry &quot;%1&quot; cannot be read.</source>
        <translation>Der ZIP-Eintrag „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The decompressor could not be started.</source>
        <translation>Der Entpacker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>ZIP entry &quot;%1&quot; holds %2 bytes, but its header declares %3.</source>
        <translation>ZIP-Eintrag „%1“ enthält %2 Bytes, sein Kopf gibt aber %3 an.</translation>
    </message>
    <message>
        <source>ZIP entry &quot;%1&quot; is damaged (CRC-32 mismatch).</source>
        <translation>ZIP-Eintrag „%1“ ist beschädigt (CRC-32 stimmt nicht).</translation>
    </message>
    <message>
        <source>ZIP entry &quot;%1&quot; is cut off.</source>
        <translation>ZIP-Eintrag „%1“ ist abgeschnitten.</translation>
    </message>
    <message>
        <source>ZIP entry &quot;%1&quot; is damaged (invalid deflate data).</source>
        <translation>ZIP-Eintrag „%1“ ist beschädigt (ungültige Deflate-Daten).</translation>
    </message>
    <message>
        <source>ZIP entry &quot;%1&quot; unpacks to more bytes than its header declares.</source>
        <translation>ZIP-Eintrag „%1“ entpackt zu mehr Bytes, als sein Kopf angibt.</translation>
    </message>
</context>
</TS>
