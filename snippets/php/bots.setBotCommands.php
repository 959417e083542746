<?php declare(strict_types=1);

if (!file_exists('madeline.php')) {
    copy('https://phar.madelineproto.xyz/madeline.php', 'madeline.php');
}
include 'madeline.php';

$MadelineProto = new \danog\MadelineProto\API('session.madeline');
$MadelineProto->start();

$Bool = $MadelineProto->bots->setBotCommands(
    scope: ['_' => 'botCommandScopeDefault'],
    lang_code: 'en',
    commands: [
        [
            '_' => 'botCommand',
            'command' => 'start',
            'description' => 'Start the bot',
        ],
    ],
);
