<?php declare(strict_types=1);

if (!file_exists('madeline.php')) {
    copy('https://phar.madelineproto.xyz/madeline.php', 'madeline.php');
}
include 'madeline.php';

$MadelineProto = new \danog\MadelineProto\API('session.madeline');
$MadelineProto->start();

$Updates = $MadelineProto->messages->sendMessage(
    no_webpage: true,
    silent: true,
    background: true,
    clear_draft: true,
    noforwards: true,
    update_stickersets_order: true,
    invert_media: true,
    allow_paid_floodskip: true,
    peer: '@durov',
    reply_to: [
        '_' => 'inputReplyToMessage',
        'reply_to_msg_id' => 142,
        'top_msg_id' => 142,
        'reply_to_peer_id' => '@durov',
        'quote_text' => 'Hello there!',
        'quote_entities' => [
            ['_' => 'messageEntityMention', 'offset' => 0, 'length' => 5],
        ],
        'quote_offset' => 0,
        'monoforum_peer_id' => '@durov',
        'todo_item_id' => 142,
    ],
    message: 'Hello there!',
    reply_markup: [
        '_' => 'replyInlineMarkup',
        'rows' => [
            [
                '_' => 'keyboardButtonRow',
                'buttons' => [
                    [
                        '_' => 'keyboardButtonUrl',
                        'style' => [
                            '_' => 'keyboardButtonStyle',
                            'bg_primary' => true,
                            'bg_danger' => true,
                            'bg_success' => true,
                            'icon' => -4156887774564,
                        ],
                        'text' => 'Hello there!',
                        'url' => 'https://example.com',
                    ],
                ],
            ],
        ],
    ],
    entities: [['_' => 'messageEntityMention', 'offset' => 0, 'length' => 5]],
    schedule_date: 1811808000,
    schedule_repeat_period: 42,
    send_as: '@durov',
    quick_reply_shortcut: [
        '_' => 'inputQuickReplyShortcut',
        'shortcut' => 'cats',
    ],
    effect: -4156887774564,
    allow_paid_stars: 100,
    suggested_post: [
        '_' => 'suggestedPost',
        'accepted' => true,
        'rejected' => true,
        'price' => ['_' => 'starsAmount', 'amount' => 100, 'nanos' => 42],
        'schedule_date' => 1811808000,
    ],
);
