<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CliApp</name>
    <message>
        <source>Usage: idiolect-cli COMMAND [OPTIONS] ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns a Signal chat export into fine-tuning data that writes like you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;idiolect-cli COMMAND --help&quot; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure, 2 bad usage, 3 unreadable or invalid input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Turn your Signal chat history into fine-tuning data that writes like you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Signal export (folder or file) or an Idiolect project to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in demo export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour scheme for this run: system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvTableReader</name>
    <message>
        <source>This is not a CSV file: it contains binary data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a CSV file: it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export tables with signalbackup-tools --exportcsv, or open the folder that holds the CSV files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header line cannot be read as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line is not a header of column names (field %1 is not a column name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signalbackup-tools writes the table&apos;s column names on the first line; was the file edited or is it from another program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the table again; the file was cut off while it was written or copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 has %2 fields, but the header has %3 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value with a comma, quote or line break that is not quoted usually means the file was edited by hand or by a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a RIFF (WebP/WAV) file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetFileValidator</name>
    <message>
        <source>metadata is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata.type is not a known example type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata.%1 is not finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turn %1 needs a %2 of system/user/assistant and a string %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instruction and output must be strings (input and system too, if present)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown row shape: expected instruction/output, conversations or messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid gzip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON document has no &quot;examples&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no examples.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetInfo</name>
    <message>
        <source>Cannot read the existing dataset_info.json: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing dataset_info.json is not a JSON object; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix or remove it, then write the dataset again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write dataset_info.json: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetValidator</name>
    <message>
        <source>%1 contains an unpaired surrogate (invalid UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output is only a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output is the same as the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conversation has no turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conversation has only a system turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first turn after the system prompt is not from the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conversation does not end with an assistant turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a system turn after the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a weight other than 0/1 on an assistant turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turns %1 and %2 do not alternate between user and assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no assistant turn has weight 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata %1 is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the example has no target message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetWriter</name>
    <message>
        <source>%1 of %2 examples are invalid; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the style sidecar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file must end in .json, .jsonl, .json.gz or .jsonl.gz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension picks the container: .jsonl for trainers, .json for one document with the style analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset_info.json can only register a plain .jsonl file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLaMA-Factory picks the loader from the extension and cannot read .gz or the .json document; write a .jsonl file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate burst turns need the messages format; bursts were merged into one turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the dataset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset_info.json cannot register a file with separate burst turns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLaMA-Factory skips every row whose turns do not alternate between user and assistant, and separate turns put several of your messages in a row. Merge bursts into one turn, or leave out dataset_info.json (OpenAI and Axolotl read the turn weights).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no examples to write; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose more chats, a longer time span or a lower minimum length, or accept some examples.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoExport</name>
    <message>
        <source>This build does not include the demo export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo export could not be copied to the cache folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrichCommand</name>
    <message>
        <source>Show what enrichment adds: tweet text, link previews, image descriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --json: include the added texts, titles and URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the enrichment cache and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrichment cache cleared: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrichmentCache</name>
    <message>
        <source>The enrichment cache could not be opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the cache or choose another cache file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a damaged cache file cannot be replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrichment cache could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the cache folder is writable and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrichment cache could not be cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close other Idiolect windows using the cache and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrichmentCliOptions</name>
    <message>
        <source>Tweet links: off, previews (stored link previews and cache; no network; default) or fetch (also ask the FxTwitter API - sends post ids).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stored previews of other links: on (default) or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images: off (default) or describe (sends images to the vision endpoint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible endpoint for image descriptions (default: local Ollama, %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision model name (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt for image descriptions (%1 = max length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest image description kept (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the vision API key from the system keychain (else from $%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images sent for description per run (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images described per message (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrich all messages (default) or only your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FxTwitter-compatible API base (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrichment cache file (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep fetched texts only for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--twitter must be off, previews or fetch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--images must be off or describe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--link-previews must be on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--enrich-scope must be all or own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vision-url must be an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tweet-api must be an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image limits must be whole numbers of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: images are described by the model at %1 on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: image describing is on - your image attachments are sent to %1, which is not this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: tweet fetching is on - post ids of shared links without a stored preview are sent to %1, and t.co codes to t.co.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrichmentDisclosure</name>
    <message>
        <source>Nothing is sent. Idiolect uses the title and text that Signal saved with a link when it was shared, and texts fetched in earlier runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When on: for each shared post without a saved preview, only the post&apos;s number is sent to %1, and the code of each t.co short link to t.co. Your messages, names and phone numbers are never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When on: every shared photo (not stickers or view-once media) is uploaded to the model at %1, which runs on this computer. Nothing goes to the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When on: every shared photo (not stickers or view-once media) is &lt;b&gt;uploaded to %1&lt;/b&gt;, a server outside this computer. Switch this on only if you trust that service with your photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post numbers go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photos go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves this computer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrichmentEdits</name>
    <message>
        <source>Enrichment edit %1 is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each edit needs message_id, key and cleared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrichmentJob</name>
    <message>
        <source>The enrichment cache was damaged or from another version (%1) and was rebuilt empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 This run uses a temporary cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrichment was started without input text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enrichment cache could be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodesCommand</name>
    <message>
        <source>List natural dialogue episodes (conversations split at long pauses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array with the messages of each episode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExampleLabels</name>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapted reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &amp; answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln repl(y/ies)</source>
        <translation>
            <numerusform>%Ln reply</numerusform>
            <numerusform>%Ln replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln burst(s)</source>
        <translation>
            <numerusform>%Ln burst</numerusform>
            <numerusform>%Ln bursts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln adapted repl(y/ies)</source>
        <translation>
            <numerusform>%Ln adapted reply</numerusform>
            <numerusform>%Ln adapted replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln completion(s)</source>
        <translation>
            <numerusform>%Ln completion</numerusform>
            <numerusform>%Ln completions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) and answer(s)</source>
        <translation>
            <numerusform>%Ln question and answer</numerusform>
            <numerusform>%Ln questions and answers</numerusform>
        </translation>
    </message>
    <message>
        <source>rapid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatDetector</name>
    <message>
        <source>The export does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export cannot be read (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder holds no Signal export that Idiolect can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected CSV files from signalbackup-tools, a database.sqlite, Signal&apos;s main.jsonl, or signal-export&apos;s conversation folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a plain SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted Signal backup must be decrypted first: signalbackup-tools BACKUP PASSPHRASE -o FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Signal export that Idiolect can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the export folder, database.sqlite, main.jsonl or a signal-export folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>Create fine-tuning data (alpaca, sharegpt or messages) from an export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file: .jsonl (one example per line), .jsonl.gz, or .json (one document with the style analysis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated strategies: %1 (default conversational).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row format: alpaca (default), sharegpt or messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compress the output (adds .gz to OUT if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample at most N examples, fairly across types and chats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not balance the example types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for sampling and shuffling (default 42).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuffle the examples (seeded) instead of time order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the result summary as JSON to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your consecutive messages in chat formats: merge (one turn, default) or separate (own turns with weights; messages format only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text between merged messages (default a newline; \n is a newline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system prompt to add to every example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write or update LLaMA-Factory&apos;s dataset_info.json beside OUT (.jsonl only) under NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave invalid examples out instead of refusing to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed created_at (ISO 8601) for reproducible files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown strategy &quot;%1&quot;; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-examples needs a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing -o OUT (the dataset file to write).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o must end in .json, .jsonl or .jsonl.gz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be alpaca, sharegpt or messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--burst-turns must be merge or separate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--created-at needs an ISO 8601 time such as 2024-01-01T00:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 examples (%2) to %3 in %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style analysis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLaMA-Factory dataset_info: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata in each row: none, compact (id, type, thread, message ids; default for .jsonl) or full (default for .json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metadata must be none, compact or full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerationCliOptions</name>
    <message>
        <source>--%1 needs a whole number of at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this chat: a thread id or the chat&apos;s exact name (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only messages sent on or after this local date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only messages sent before this local date (exclusive: --to 2024-01-01 ends with 2023).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out blocked chats and blocked people&apos;s messages in groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum length (characters) of your messages used as targets (default 5). Context keeps short messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep calls and group updates as context placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context messages before your message (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every N-th window of a chat (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum messages in a window, context plus yours (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pause longer than this starts a new episode (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum messages per episode (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum messages per episode; longer ones are split (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-zone needs an IANA zone such as Europe/Berlin or UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-episode must be at least --min-episode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversational: only windows of this momentum (rapid, moderate, slow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burst: most seconds between messages of a burst (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burst: fewest messages in a burst (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burst: most messages in a burst; longer ones are split (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adaptive: how different a partner&apos;s message length must be, 0-1 (default 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adaptive: conversations with a partner needed (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--momentum must be rapid, moderate or slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-burst must be at least --min-burst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-style-difference needs a number from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerationJob</name>
    <message>
        <source>The generation job got no text layer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Show the format, who you are, message counts and the chats of an export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates: %1. Choose one with --self ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows by class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --json: add a &quot;details&quot; object (schema, self candidates, warnings, per-thread extras).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonLinesReader</name>
    <message>
        <source>Reading failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
    <message>
        <source>Open Export &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder with a Signal export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Export F&amp;ile or Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database, main.jsonl, ZIP archive or Idiolect project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a small made-up export to look around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the project (it is saved automatically as you work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search on the current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Running Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Colors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Idiolect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate Examples Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the generation with the current settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageFilter</name>
    <message>
        <source>No chat matches partner filter %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a thread id or the chat&apos;s exact name, as `idiolect-cli inspect` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date range is empty: the end date must be after the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is exclusive: --from 2023-01-01 --to 2024-01-01 covers 2023.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkSession</name>
    <message>
        <source>Enrichment must run on a worker thread, not the GUI thread.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaintextMedia</name>
    <message>
        <source>The attachment file is not in the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment file is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaintextModelBuilder</name>
    <message>
        <source>The chat item&apos;s chat id is not a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier revision of the message is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author id is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is not a whole number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export may be damaged or cut off. Import with invalid lines skipped (--lenient) to use the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is too long to be a Signal frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import with invalid bytes replaced (--lenient) to use the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; frame is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup version is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient id is not a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat id is not a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat&apos;s recipient id is not a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal Release Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient %1 is not in this export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave --self out: Signal&apos;s own export names the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export marks its own recipient (&quot;self&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export has no &quot;self&quot; recipient; the single author of outgoing messages was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export has no &quot;self&quot; recipient and outgoing messages have several authors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main.jsonl is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chats again from Signal: Settings → Chats → Export chat history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown chat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is backup version %1; Idiolect knows version 1. Unknown parts were ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line is not a backup header; the file may have been cut or joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export does not say who you are; choose yourself with --self ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lines are not valid frames and were skipped (the first is line %1).</source>
        <translation>
            <numerusform>%n line is not a valid frame and was skipped (line %1).</numerusform>
            <numerusform>%n lines are not valid frames and were skipped (the first is line %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines contained bytes that are not UTF-8; they were replaced with U+FFFD.</source>
        <translation>
            <numerusform>%n line contained bytes that are not UTF-8; they were replaced with U+FFFD.</numerusform>
            <numerusform>%n lines contained bytes that are not UTF-8; they were replaced with U+FFFD.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frames of a kind Idiolect does not know were ignored (the first is line %1).</source>
        <translation>
            <numerusform>%n frame of a kind Idiolect does not know was ignored (line %1).</numerusform>
            <numerusform>%n frames of a kind Idiolect does not know were ignored (the first is line %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fields Idiolect does not know were ignored (%1).</source>
        <translation>
            <numerusform>%n field Idiolect does not know was ignored (%1).</numerusform>
            <numerusform>%n fields Idiolect does not know were ignored (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chat items of a kind Idiolect does not know were kept as system rows.</source>
        <translation>
            <numerusform>%n chat item of a kind Idiolect does not know was kept as a system row.</numerusform>
            <numerusform>%n chat items of a kind Idiolect does not know were kept as system rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages belong to a chat the export does not list; they were kept in chats of their own (the first is line %1).</source>
        <translation>
            <numerusform>%n message belongs to a chat the export does not list; it was kept in a chat of its own (line %1).</numerusform>
            <numerusform>%n messages belong to a chat the export does not list; they were kept in chats of their own (the first is line %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipients were listed after the first message; names were resolved again at the end.</source>
        <translation>
            <numerusform>%n recipient was listed after the first message; names were resolved again at the end.</numerusform>
            <numerusform>%n recipients were listed after the first message; names were resolved again at the end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentions name nobody in the export; their placeholders were left in the text.</source>
        <translation>
            <numerusform>%n mention names nobody in the export; its placeholder was left in the text.</numerusform>
            <numerusform>%n mentions name nobody in the export; their placeholders were left in the text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachments have no file in the export (media was not included, or the file was never downloaded).</source>
        <translation>
            <numerusform>%n attachment has no file in the export (media was not included, or the file was never downloaded).</numerusform>
            <numerusform>%n attachments have no file in the export (media was not included, or the file was never downloaded).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n long messages are only available in Signal&apos;s truncated form (the full text file is not in the export); they are context, never a reply of yours to learn.</source>
        <translation>
            <numerusform>%n long message is only available in Signal&apos;s truncated form (the full text file is not in the export); it is context, never a reply of yours to learn.</numerusform>
            <numerusform>%n long messages are only available in Signal&apos;s truncated form (the full text file is not in the export); they are context, never a reply of yours to learn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyJob</name>
    <message>
        <source>The privacy stage got no text to work on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyOptions</name>
    <message>
        <source>How personal data is replaced: pseudonymize (default, stable pseudonyms), redact (&lt;PHONE&gt;, &lt;PERSON&gt;) or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and update the real-to-pseudonym mapping in FILE so re-runs give the same pseudonyms. The file holds real names: keep it private; it is never part of the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country for national phone formats, e.g. DE or US (default: from your own number, then the system locale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More names to anonymize, one per line (# starts a comment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive keywords, one per line, replacing the built-in list; prefix a line with &quot;drop:&quot; or &quot;flag:&quot; (default drop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words never treated as personal data, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--anonymize must be pseudonymize, redact or off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyReportCommand</name>
    <message>
        <source>List the personal data found in an export and what anonymization makes of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages scanned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hits by kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in quote)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>Check that the disk is not full and that you may write to the folder. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an Idiolect project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Signal export with “Open Export” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the project file could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project was saved by a newer version of Idiolect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Idiolect to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be saved there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PseudonymMap</name>
    <message>
        <source>Choose another pseudonym map file, or start without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Idiolect pseudonym map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pseudonym map was written by a newer version of Idiolect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the pseudonym map is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the pseudonym map has no replacement name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the pseudonym map repeats an earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pseudonym map cannot be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pseudonym map does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pseudonym map cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pseudonym map is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfDetector</name>
    <message>
        <source>Recipient id %1 does not exist in this export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;idiolect-cli inspect&quot; to see the detected id and the candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 outgoing messages have the same sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 outgoing messages have the same sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 incoming messages are addressed to the same recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one recipient quotes or reacts in 1:1 chats and never writes incoming group messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One recipient accounts for almost all quotes and reactions in 1:1 chats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export has no evidence of who you are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigexportLineParser</name>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is too long to be a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export may be damaged or cut off. Import with invalid lines skipped (--lenient) to use the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is missing or not an ISO 8601 date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier version of the message has no valid date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigexportModelBuilder</name>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal-export writes &quot;Me&quot; as the sender of your messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lines are not valid messages and were skipped (the first is line %1 of %2).</source>
        <translation>
            <numerusform>%n line is not a valid message and was skipped (line %1 of %2).</numerusform>
            <numerusform>%n lines are not valid messages and were skipped (the first is line %1 of %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines contained bytes that are not UTF-8; they were replaced with U+FFFD.</source>
        <translation>
            <numerusform>%n line contained bytes that are not UTF-8; they were replaced with U+FFFD.</numerusform>
            <numerusform>%n lines contained bytes that are not UTF-8; they were replaced with U+FFFD.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages have a local time that does not exist in %1 (clocks went forward); they were read as the hour after.</source>
        <translation>
            <numerusform>%n message has a local time that does not exist in %1 (clocks went forward); it was read as the hour after.</numerusform>
            <numerusform>%n messages have a local time that does not exist in %1 (clocks went forward); they were read as the hour after.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages fall in the repeated hour when clocks went back; their order in the chat decided which of the two times applies.</source>
        <translation>
            <numerusform>%n message falls in the repeated hour when clocks went back; its place in the chat decided which of the two times applies.</numerusform>
            <numerusform>%n messages fall in the repeated hour when clocks went back; their order in the chat decided which of the two times applies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fields Idiolect does not know were ignored (%1).</source>
        <translation>
            <numerusform>%n field Idiolect does not know was ignored (%1).</numerusform>
            <numerusform>%n fields Idiolect does not know were ignored (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows were recognised as calls by the text signal-export writes for them.</source>
        <translation>
            <numerusform>%n row was recognised as a call by the text signal-export writes for calls.</numerusform>
            <numerusform>%n rows were recognised as calls by the text signal-export writes for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachments have no file in media/ (not copied, or the export ran with --no-attachments).</source>
        <translation>
            <numerusform>%n attachment has no file in media/ (not copied, or the export ran with --no-attachments).</numerusform>
            <numerusform>%n attachments have no file in media/ (not copied, or the export ran with --no-attachments).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages contain mention placeholders; signal-export does not say whom they name.</source>
        <translation>
            <numerusform>%n message contains mention placeholders; signal-export does not say whom they name.</numerusform>
            <numerusform>%n messages contain mention placeholders; signal-export does not say whom they name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages have no sender (&quot;No-Sender&quot;).</source>
        <translation>
            <numerusform>%n message has no sender (&quot;No-Sender&quot;).</numerusform>
            <numerusform>%n messages have no sender (&quot;No-Sender&quot;).</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipient %1 is not in this export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave --self out: signal-export names you &quot;Me&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by the user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalCsvImporter</name>
    <message>
        <source>The folder contains no CSV files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another file holds the same table; only the first one (by name) was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file was skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file uses Windows line endings (CRLF), which signalbackup-tools never writes; it was probably re-saved by a spreadsheet. Line breaks inside messages may have changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file starts with a byte-order mark; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank lines were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message table was found; %1 is empty (0 bytes), which is how signalbackup-tools writes a table without rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the backup has messages and export the message table again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message table was split wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export tables with signalbackup-tools --exportcsv message=message.csv,recipient=recipient.csv,thread=thread.csv,mention=mention.csv,attachment=attachment.csv (mentions and long messages need the last two)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalDesktopExportImporter</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation folder with a data.json was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run signal-export with JSON output (the default; not --no-json) and open its output folder or one conversation folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalModelBuilder</name>
    <message>
        <source>The recipient id is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thread id is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 message rows repeat an _id that was already read; only the first row with each id is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates look like seconds, not milliseconds; they were multiplied by 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages have a date before 1995 or more than a year in the future; they are kept but sort to the start or end of their chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages contain mention placeholders without a mention row; export the &quot;mention&quot; table to resolve them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message table was found in this export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export it with signalbackup-tools --exportcsv message=message.csv (or sms=...,mms=... for databases older than 2023).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipient table was found: contacts are shown by id, and group chats are only recognised from their messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No thread table was found: each chat&apos;s partner was inferred from its messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages contained bytes that are not UTF-8; they were replaced with U+FFFD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message id is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is not a whole number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message type is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file may have been re-saved in another encoding. Export it again, or import with invalid bytes replaced (--lenient).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 message texts were longer than 1 MiB and were cut there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 table has no &quot;%2&quot; column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the whole table with signalbackup-tools --exportcsv %1=FILE; the column list must not be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message id is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n long messages are only available in Signal&apos;s truncated form (the full text is in an attachment this export does not include); they are context, never a reply of yours to learn.</source>
        <translation>
            <numerusform>%n long message is only available in Signal&apos;s truncated form (the full text is in an attachment this export does not include); it is context, never a reply of yours to learn.</numerusform>
            <numerusform>%n long messages are only available in Signal&apos;s truncated form (the full text is in an attachment this export does not include); they are context, never a reply of yours to learn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignalPlaintextImporter</name>
    <message>
        <source>The ZIP archive holds no main.jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the ZIP of Signal&apos;s chat export (Settings → Chats → Export chat history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holds no main.jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder Signal created (signal-export-…), which contains main.jsonl, metadata.json and files/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalSqliteImporter</name>
    <message>
        <source>The database file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be read (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a plain SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted Signal backup must be decrypted first: signalbackup-tools BACKUP PASSPHRASE -o FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This SQLite database has no message table, so it is not a Signal Android database (%n tables found).</source>
        <translation>
            <numerusform>This SQLite database has no message table, so it is not a Signal Android database (%n table found).</numerusform>
            <numerusform>This SQLite database has no message table, so it is not a Signal Android database (%n tables found).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the database.sqlite that signalbackup-tools wrote with -o or --onlydb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; table does not have the columns of a Signal message table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotCache</name>
    <message>
        <source>There is no cache folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be read again to fingerprint it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache folder cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StyleChartData</name>
    <message>
        <source>&lt; 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10–30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>101–200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; 200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5–15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15–60 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–3 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3–12 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 h +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message length (characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text messages in the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replies measured yet: a reply is a message after the other side&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bursts (messages in a row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bursts: no quick runs of messages in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages in the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No emoji in the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No words counted in the selection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StyleCommand</name>
    <message>
        <source>Messages: %1, average length %2 characters (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lengths: very short %1, short %2, medium %3, long %4, very long %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bursts: %1 (average %2 messages, largest %3, %4 per message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emoji: in %1 of messages; top %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most active: hours %1; days %2; %3 messages per day (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply time: median %1 s, p75 %2 s, p90 %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words: %1 distinct, %2 per message, questions in %3%; common: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse your texting style and your chat partners&apos; styles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (the original API&apos;s style keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show every chat partner&apos;s profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (thread %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You with them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style difference %1, adaptation %2, %3 conversations with you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Check a dataset file (.json, .jsonl, .jsonl.gz) the way trainers load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset file to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print at most N errors (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one FILE to validate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-errors needs a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: %1 examples (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1 of %2 examples have problems.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowsCommand</name>
    <message>
        <source>List conversation windows (your messages with the context before them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array with context and response text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>The ZIP archive does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP file is damaged or was not written by Signal. Unpack it with another tool and open the folder instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP archive cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too short to be a ZIP archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP archive cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ZIP end-of-directory record was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split (multi-part) ZIP archives are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP64 end-of-directory record is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP64 end-of-directory record is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP archive lists more than %1 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP central directory lies outside the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP directory entry %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP directory entry %1 has a damaged ZIP64 field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP directory entry %1 points outside the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP entry does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP entry &quot;%1&quot; is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP entry &quot;%1&quot; uses compression method %2; only stored and deflate are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local header of ZIP entry &quot;%1&quot; is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP entry &quot;%1&quot; is cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sizes of stored ZIP entry &quot;%1&quot; disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP entry &quot;%1&quot; is larger than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>The ZIP archive would be larger than 4 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP archive could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect</name>
    <message>
        <source>The operation was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a file but found a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you have permission to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends inside a quoted field that starts here; the export is probably truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected character after a closing quote; expected a comma or the end of the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export format (%1) is not supported by this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Self is ambiguous: %n recipients are possible.</source>
        <translation>
            <numerusform>Self is ambiguous: %n recipient is possible.</numerusform>
            <numerusform>Self is ambiguous: %n recipients are possible.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program holds a lock on it; close it and try again, or copy the file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file may still be encrypted; decrypt the backup with signalbackup-tools -o FOLDER first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region phone numbers can be read for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a two-letter country code such as DE, US or GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privacy settings contain an unknown value for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the privacy settings to the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error stopped the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unpaired UTF-16 surrogates (JSON escapes such as \ud800 that stand for no character) were replaced with U+FFFD.</source>
        <translation>
            <numerusform>%n unpaired UTF-16 surrogate (a JSON escape such as \ud800 that stands for no character) was replaced with U+FFFD.</numerusform>
            <numerusform>%n unpaired UTF-16 surrogates (JSON escapes such as \ud800 that stand for no character) were replaced with U+FFFD.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idiolect-cli</name>
    <message>
        <source>Export folder or file (CSV folder, database.sqlite, main.jsonl, signal-export folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use recipient ID as yourself instead of detecting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair recoverable data errors (invalid UTF-8, bad JSON lines) and report them as warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print per-stage timings and counts to stderr (never message text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing EXPORT argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--self needs a numeric recipient ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of naive local dates (signal-export), e.g. Europe/Berlin; default: this computer&apos;s zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-zone needs a time zone name such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the export from its snapshot in your cache folder when it is unchanged, and write one after a fresh import (it holds message text; only you can read it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::AboutDialog</name>
    <message>
        <source>About Idiolect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Idiolect %1&lt;/h2&gt;&lt;p&gt;Turns your Signal chat history into fine-tuning data for a language model that writes the way you do.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your data stays on this computer.&lt;/b&gt; Nothing is sent anywhere unless you switch on an enrichment yourself.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;The demo export&apos;s conversations are derived from the Ubuntu IRC data of the irc-disentanglement corpus by J. K. Kummerfeld et al., CC BY 4.0.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Built with Qt %2, running on Qt %3.&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::AnonymizeBox</name>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace names, numbers and addresses (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People get stable pseudonyms; phone numbers, e-mail addresses, IBANs and similar become placeholders. The preview and the review show the replaced text too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything runs on this computer. &lt;a href=&quot;privacy&quot;&gt;Check the replacements&lt;/a&gt; on the Privacy page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The file will contain real names and numbers&lt;/b&gt; of the people you chat with. Only share it if they agreed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::ApiKeyStore</name>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the keychain and allow Idiolect to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available to store the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a Secret Service (GNOME Keyring or KWallet), or pass the key in the IDIOLECT_VISION_API_KEY environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it persists, check the keychain service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the keychain, or pass the key in IDIOLECT_VISION_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::ChartView</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::ChatBubbleDelegate</name>
    <message>
        <source>Training target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 later</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::ChatView</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::DateRangeBar</name>
    <message>
        <source>&amp;Time span:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick ranges count back from the last message in the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::DiagnosticsDialog</name>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the last steps took and how responsive the window stayed. Only numbers are shown — never your messages or names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Responsiveness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::DiagnosticsModel</name>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::DiagnosticsRecorder</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last enrichment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts from saved previews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages from previews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsiveness and memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest UI stall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average UI delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalls over %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest UI computation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalls the UI caused itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::EnrichmentController</name>
    <message>
        <source>Enriching links and photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding link previews</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::EnrichmentDialog</name>
    <message>
        <source>Enrich &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrichment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run enrichment again with your settings; fetching and describing use the internet only where you switched them on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All links and photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With added text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing added (failed, skipped, no preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search chats, links and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text added after the link or in place of the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use This Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Addition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the link or photo, but add nothing for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a link or photo to see and change what was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2, %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enriching… progress and Cancel are in the status bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing enriched yet. Open an export, then choose Enrich Now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln message(s) changed.&lt;/b&gt; Posts: %1 from saved previews, %2 fetched, %3 failed. Web pages: %4. Photos: %5 described, %6 failed, %7 skipped.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln message changed.&lt;/b&gt; Posts: %1 from saved previews, %2 fetched, %3 failed. Web pages: %4. Photos: %5 described, %6 failed, %7 skipped.</numerusform>
            <numerusform>&lt;b&gt;%Ln messages changed.&lt;/b&gt; Posts: %1 from saved previews, %2 fetched, %3 failed. Web pages: %4. Photos: %5 described, %6 failed, %7 skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idiolect::EnrichmentItemsModel</name>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer made no sense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted or private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not in the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than 10 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JPEG, PNG, GIF or WebP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view-once media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many photos in one message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not described yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no saved preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short link not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link or photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::EnrichmentPreferencesPage</name>
    <message>
        <source>Enrichment adds what a shared link or photo shows to the text the examples are made from. Anything that needs the internet is off until you switch it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the text of shared posts and pages from saved link previews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch posts that have no saved preview from the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An FxTwitter-compatible service. Leave empty for the public one; enter your own server&apos;s address to keep post numbers private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only my messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links your partners shared explain your replies, so both are enriched by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrich:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe shared photos with an AI model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp server on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other OpenAI-compatible server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address ending in /v1; Idiolect adds /chat/completions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed for servers on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in your system&apos;s keychain, never in Idiolect&apos;s settings or project files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos sent per run; descriptions already in the cache are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos per run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for the built-in prompt. %1 stands for the longest description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post service must be an address starting with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo server&apos;s address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched posts and photo descriptions are kept in %1 so runs after the first cost nothing. The cache is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched posts and photo descriptions are kept in %1 (%2) so runs after the first cost nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the Enrichment Cache?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every fetched post and photo description is forgotten. The next run that needs them asks the servers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Clear the Cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::ExampleTableModel</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::ExportPage</name>
    <message>
        <source>instruction / input / output rows, as LLaMA-Factory&apos;s alpaca format and most instruction-tuning scripts expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as they will be written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the file and write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShareGPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines, compressed (.jsonl.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON document (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON document, compressed (.json.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines has one example per line; trainers stream it. The JSON document also holds the style analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All except the ones I rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples you did not review are included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the ones I accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. “You are Alex. Reply the way Alex texts.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A persona prompt put before every example&apos;s instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join them in one turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One turn each (weighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How several of your messages in a row become chat turns; one turn each is only possible in the chat messages format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your messages in a &amp;row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata in every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example id, type and source message ids (trainers ignore it; it lets you trace a row back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style analysis beside the file (.style.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register in LLaMA-Factory&apos;s dataset_info.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose chats in the Overview; once examples are generated you can review them and export the dataset here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 examples&lt;/b&gt; will be written (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the ones you accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all except the ones you rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No example matches; accept some on the Review page or include the unreviewed ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the examples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✔ All %Ln example(s) pass the format&apos;s rules.</source>
        <translation>
            <numerusform>✔ The example passes the format&apos;s rules.</numerusform>
            <numerusform>✔ All %Ln examples pass the format&apos;s rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln example(s) break the format&apos;s rules and will not be written:</source>
        <translation>
            <numerusform>%Ln example breaks the format&apos;s rules and will not be written:</numerusform>
            <numerusform>%Ln examples break the format&apos;s rules and will not be written:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets (*.jsonl *.jsonl.gz *.json *.json.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Wrote %Ln example(s)&lt;/b&gt; (%1) to %2.</source>
        <translation>
            <numerusform>&lt;b&gt;Wrote %Ln example&lt;/b&gt; (%1) to %2.</numerusform>
            <numerusform>&lt;b&gt;Wrote %Ln examples&lt;/b&gt; (%1) to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>LLaMA-Factory can load it as “%1” from that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln example(s) broke the format&apos;s rules and were left out.</source>
        <translation>
            <numerusform>%Ln example broke the format&apos;s rules and was left out.</numerusform>
            <numerusform>%Ln examples broke the format&apos;s rules and were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds or updates this dataset&apos;s entry in dataset_info.json in the same folder (JSON Lines only, and not with separate burst turns: LLaMA-Factory skips rows whose turns do not alternate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversations with human and gpt turns, as LLaMA-Factory&apos;s sharegpt format and FastChat expect (set mask_history in LLaMA-Factory to learn only the last turn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages with system, user and assistant roles, as OpenAI fine-tuning, Axolotl&apos;s chat_template and Unsloth expect; only the last turn has weight 1 (Axolotl: message_field_training: weight).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::ExtrasController</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What Is Idiolect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrich Links and Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrichment &amp;Results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the text behind shared links and describe photos, as set in the preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See and edit what enrichment added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timings, counts, memory and responsiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, appearance and enrichment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows, episodes, bursts and anonymization explained in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrichment failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enrichment finished: %Ln message(s) changed; %1 posts and %2 photos could not be loaded.</source>
        <translation>
            <numerusform>Enrichment finished: %Ln message changed; %1 posts and %2 photos could not be loaded.</numerusform>
            <numerusform>Enrichment finished: %Ln messages changed; %1 posts and %2 photos could not be loaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the Internet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Your messages, names and phone numbers are never sent. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::GeneralPreferencesPage</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time you start Idiolect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep a snapshot of opened exports so they reopen instantly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening an unchanged export then reads the snapshot instead of parsing the export again. Changed exports are always imported afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Snapshots contain your messages. They are readable only by your user account and stay in %1; at most %n are kept.</source>
        <translation>
            <numerusform>Snapshots contain your messages. They are readable only by your user account and stay in %1; at most %n is kept.</numerusform>
            <numerusform>Snapshots contain your messages. They are readable only by your user account and stay in %1; at most %n are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are none now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) now take %1.</source>
        <translation>
            <numerusform>%n snapshot now takes %1.</numerusform>
            <numerusform>%n snapshots now take %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idiolect::GenerationController</name>
    <message>
        <source>Generating examples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::GenerationPanel</name>
    <message>
        <source>Turn on at least one kind of example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply with the messages just before it as context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many earlier messages (from both sides) form the context of your reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every n-th window of a chat. 1 keeps all; larger values give fewer, less overlapping examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A window needs at least this many messages including your reply; shorter chats give no windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bursts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you split one thought over several quick messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your messages closer together than this count as one burst. Also used by the style analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer messages in a row are not a burst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer runs are cut into pieces of at most this size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner-adapted replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you write differently to different people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only partners whose message length differs from yours by at least this share (0.5 = half) get adapted examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner needs at least this many conversations with you to judge their style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptation level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only partners you adapt to at least this much (0 = any, 1 = you write exactly like them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish a message you started writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only messages at least this long are split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The split point lies between these shares of the message, at a word boundary near the middle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See “Split from”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner&apos;s question and your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer must follow the question within this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of your consecutive quick messages form the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations (episodes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause that ends one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pause longer than this ends a conversation. The preview marks such pauses, and partner adaptation counts conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorter conversations are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer conversations are split into parts of this size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore every setting on this panel to its default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest message of yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your messages shorter than this are never a training target (they still appear as context).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out blocked chats and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip chats with people you blocked, and blocked members&apos; messages in groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show media as placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos, voice notes and stickers appear in the context as [image], [voice] ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show calls and group changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls and group updates appear in the context as placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance example types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap each kind of example at a multiple of the median kind, so one kind does not drown the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With balancing, no kind has more than this many times the median kind&apos;s examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample fairly across kinds and chats down to this many examples (never just the first ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling and shuffling depend only on this number: the same seed gives the same dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::HeatmapView</name>
    <message numerus="yes">
        <source>%1, %2:00–%3:00: %Ln message(s)</source>
        <translation>
            <numerusform>%1, %2:00–%3:00: %Ln message</numerusform>
            <numerusform>%1, %2:00–%3:00: %Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idiolect::HowItWorksDialog</name>
    <message>
        <source>What Idiolect does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idiolect turns your Signal chat history into training examples for a language model, so the model learns to write the way you do: your length, your tone, your emoji, the way you answer different people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every example has an &lt;i&gt;instruction&lt;/i&gt;, the conversation so far as &lt;i&gt;input&lt;/i&gt;, and one of &lt;b&gt;your&lt;/b&gt; messages as the &lt;i&gt;output&lt;/i&gt; the model should learn to write. Your partners&apos; messages are only ever context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A window is one of your messages together with the few messages right before it (five by default). Each window is marked &lt;i&gt;rapid&lt;/i&gt;, &lt;i&gt;moderate&lt;/i&gt; or &lt;i&gt;slow&lt;/i&gt; by how quickly the messages came, so a model can tell a quick back-and-forth from a slow exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An episode is one sitting of a conversation: messages that follow each other without a long pause (30 minutes by default). Episodes keep examples from mixing yesterday&apos;s topic into today&apos;s reply, and show who started and who ended a conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bursts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many people send several short messages in a row instead of one long one. A burst example gives the model the first messages of such a run and asks for the next, so it learns your rhythm as well as your words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptive examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You probably write differently to your best friend than to your landlord. For partners whose style clearly differs from yours (and with enough conversations), adaptive examples say how that person writes — &quot;keeps messages short&quot;, &quot;uses a lot of emoji&quot; — and ask for your reply to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion and questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Completion&lt;/b&gt; cuts one of your longer messages near the middle and asks the model to finish it in your words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Questions and answers&lt;/b&gt; pair a question someone asked you with the answer you gave within a few hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before anything is written, names, phone numbers, e-mail addresses and similar details can be replaced with consistent stand-ins: the same person always gets the same made-up name, so conversations still make sense.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the Privacy page you see each replacement next to the original, can choose another stand-in, and can mark words that are not names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrichment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message like &quot;haha look at this&quot; with a link teaches little on its own. Enrichment adds the text of the shared post or page from the preview Signal saved — without using the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching posts that have no saved preview, and describing photos with an AI model, are off until you switch them on in the preferences, which say exactly what would be sent where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review, export and your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You decide what goes into the dataset: accept, reject or edit examples on the Review page, then export them in the format your training tool expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your chats never leave this computer unless you switch on an enrichment that needs the internet. Idiolect keeps your choices in a project file next to its other data, readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Is Idiolect?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::ImportController</name>
    <message>
        <source>There is no file or folder at this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been moved or deleted. Open it from its new place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export this project was made from is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the export back, or open it again with “Open Export”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::InlineMessage</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (“%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::JobStatusWidget</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idiolect::MainWindow</name>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choices are saved automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idiolect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Idiolect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Export Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports and projects (*.sqlite *.db *.jsonl *.zip *.csv *.json *.%1);;Idiolect projects (*.%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Export File or Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idiolect projects (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy of the project to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Idiolect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task is still running. If you quit now it is canceled; your choices so far are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Without Saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes could not be written to the project file.

%1

If you quit now, they are lost. Make room on the disk and close the window again, or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::NavigationBar</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::OverviewPage</name>
    <message>
        <source>Signal database tables (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal database (SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal chat export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal-export (Desktop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose this yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found from the sender of the messages you sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found from the recipient of the messages you received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed from quotes, reactions and group membership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found from your Note to Self chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export names you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which person in the export is you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search chats (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1 chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use All Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use every chat the list currently shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use None Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop using every chat the list currently shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3 chats · %4 text messages, %5 of them yours · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are &lt;b&gt;%1&lt;/b&gt;. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idiolect could not tell which person in this export is you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose yourself from the people in the export to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people could be you. Choose yourself to continue.</source>
        <translation>
            <numerusform>%n person could be you. Choose yourself to continue.</numerusform>
            <numerusform>%n people could be you. Choose yourself to continue.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n times)</source>
        <translation>
            <numerusform>(once)</numerusform>
            <numerusform>(%n times)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import finished with %n warning(s):</source>
        <translation>
            <numerusform>The import finished with %n warning:</numerusform>
            <numerusform>The import finished with %n warnings:</numerusform>
        </translation>
    </message>
    <message>
        <source>Using %1 of %2 chats · %3 of your messages in the time span</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::PartnerCardDelegate</name>
    <message>
        <source>No strong traits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You adapt: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::PartnerProfileModel</name>
    <message>
        <source>Lengthy texter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concise texter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst texter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emoji lover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>many messages in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lots of emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln message(s), %2 characters on average</source>
        <translation>
            <numerusform>%1: %Ln message, %2 characters on average</numerusform>
            <numerusform>%1: %Ln messages, %2 characters on average</numerusform>
        </translation>
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You: %Ln message(s), %1 characters on average (%2 overall)</source>
        <translation>
            <numerusform>You: %Ln message, %1 characters on average (%2 overall)</numerusform>
            <numerusform>You: %Ln messages, %1 characters on average (%2 overall)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idiolect::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrichment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::PreviewItemsModel</name>
    <message numerus="yes">
        <source>#%1 · %2 · %3 · %n before</source>
        <translation>
            <numerusform>#%1 · %2 · %3 · %n before</numerusform>
            <numerusform>#%1 · %2 · %3 · %n before</numerusform>
        </translation>
    </message>
    <message>
        <source>Your reply came %1 s after the last message; the context moved at %2 s per message on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>#%1 · %n message(s)</source>
        <translation>
            <numerusform>#%1 · %n message</numerusform>
            <numerusform>#%1 · %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>part %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the messages are yours.</source>
        <translation>
            <numerusform>%Ln of the messages is yours.</numerusform>
            <numerusform>%Ln of the messages are yours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idiolect::PreviewPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the generation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation windows: each of your replies with its context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes: whole conversations between long pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows and episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No export open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Signal export on the Welcome page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to preview yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one chat in the Overview and turn on at least one kind of example in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data is being replaced before anything is generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating examples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This takes a moment for large exports. You can change settings meanwhile; the newest settings win.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln example(s)&lt;/b&gt; from %1 messages in %2 chats</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln example&lt;/b&gt; from %1 messages in %2 chats</numerusform>
            <numerusform>&lt;b&gt;%Ln examples&lt;/b&gt; from %1 messages in %2 chats</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::PrivacyController</name>
    <message>
        <source>Finding personal data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::PrivacyHitModel</name>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::PrivacyKindModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::PrivacyMessageView</name>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message in the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to see its message before and after anonymization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message in “%1”, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted text in a message in “%1”, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is left out of the dataset because it contains a sensitive keyword or a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote is removed from the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::PrivacyPage</name>
    <message>
        <source>Only &amp;selected chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mask found text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;llow Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding personal data failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search chats, found text and replacements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only findings in the chats that go into the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the personal data itself, for example while sharing your screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this finding as reviewed: its replacement is fine (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not personal data: never replace this word again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym for this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this name for the person everywhere in the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name the detector missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat this name like a contact&apos;s name and replace it everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pseudonym:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed &amp;a name?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No export open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Signal export to review the personal data in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, phone numbers, addresses, links and secrets are found on this computer; nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 findings in %2 of %3 messages; %4 messages left out of the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;llow “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only people get chosen pseudonyms; other kinds become numbered placeholders such as &lt;PHONE_1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::RecentFilesModel</name>
    <message>
        <source>%1 (no longer there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::RecipientListModel</name>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current choice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::ReviewDetail</name>
    <message>
        <source>Accept (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this example in the dataset and go to the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this example out of the dataset and go to the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what your message says in this example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to pending, without your edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message in this example (Ctrl+Enter saves, Esc cancels):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an example to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::ReviewPage</name>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to All Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every example the filter shows the same verdict (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept All Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject All Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset All Shown to Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating examples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They appear here as soon as they are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current settings make no examples from the chosen chats. Try more chats, a longer time span or other settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose chats in the Overview; the examples made from them appear here for you to accept, reject or edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; examples · %2 pending · %3 accepted · %4 rejected · %5 edited · %6 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject example</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply a verdict to %Ln example(s)</source>
        <translation>
            <numerusform>Apply a verdict to %Ln example</numerusform>
            <numerusform>Apply a verdict to %Ln examples</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset example</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::SelfPanel</name>
    <message>
        <source>Which of these people are you? Your messages become the answers in the training data, so this has to be right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use This Person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::StylePage</name>
    <message>
        <source>&amp;Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show your messages in one chat next to the other side&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No export open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Signal export to see how you write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a card to compare your style with that chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Chats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chats selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include at least one chat on the Overview page to analyse your style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing your style…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting lengths, reply times, emoji and words in the selected chats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your messages in the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include chats where you wrote something, or widen the date range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody (your overall style)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (all chats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you write to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When %1 writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you write (weekday × hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) of yours</source>
        <translation>
            <numerusform>%Ln message of yours</numerusform>
            <numerusform>%Ln messages of yours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln chat</numerusform>
            <numerusform>%Ln chats</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 characters on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % with emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median reply after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median reply after %1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::ThreadTableModel</name>
    <message>
        <source>1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note to self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this chat for training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote nothing in this chat, so it adds no examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You blocked this contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the chat is used to make training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text messages in the chat (both sides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text messages you wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text messages you wrote within the chosen time span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the first text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the last text message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::WelcomePage</name>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idiolect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn your Signal chat history into training data for a language model that writes the way you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stays on this computer. Nothing is sent anywhere unless you switch on an enrichment yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Export &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder from signalbackup-tools, Signal&apos;s own chat export or signal-export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Export F&amp;ile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database.sqlite, a main.jsonl, a ZIP archive or an Idiolect project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;Demo Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a small made-up export to look around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or drop an export folder or file anywhere on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently opened exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports you open appear here, so you can come back to them and continue where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting an export out of Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Signal on Android, classic backup:&lt;/b&gt; decrypt it with &lt;i&gt;signalbackup-tools&lt;/i&gt; (&lt;tt&gt;-o folder&lt;/tt&gt; or &lt;tt&gt;--exportcsv&lt;/tt&gt;) and open the folder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Signal on Android 8.10 or newer:&lt;/b&gt; Settings → Chats → Export chat history, then open the folder or the ZIP.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Signal Desktop:&lt;/b&gt; export with &lt;i&gt;signal-export&lt;/i&gt; and open its folder.&lt;/p&gt;&lt;p&gt;Idiolect recognises the format by what is inside; file names do not matter.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair broken text and skip unreadable lines; each repair is listed in the overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is this? How Idiolect turns chats into examples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idiolect::ZipEntryDevice</name>
    <message>
        <source>The ZIP entry &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decompressor could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP entry &quot;%1&quot; holds %2 bytes, but its header declares %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP entry &quot;%1&quot; is damaged (CRC-32 mismatch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP entry &quot;%1&quot; is cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP entry &quot;%1&quot; is damaged (invalid deflate data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP entry &quot;%1&quot; unpacks to more bytes than its header declares.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
